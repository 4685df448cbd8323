using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Observability;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Core.Mail;

/// <summary>One node's delivery of the outbox: claims due messages, sends them, records the outcome.</summary>
/// <remarks>
/// A claim is a conditional UPDATE (pending, due and not held by an unexpired claim), so on SQLite and PostgreSQL
/// alike two nodes never hold the same row: PostgreSQL re-checks the condition on the row another node just updated.
/// A node that dies mid-batch leaves its rows claimed until <see cref="SmtpOptions.ClaimDuration"/> (a minute) passes;
/// a worker stops sending from a batch whose claim might lapse during the next message and claims again. A message the
/// dead node had handed to the server but not yet marked Sent (sent messages are marked in groups of up to ten) is sent
/// again, with the same Message-ID (at least once). The SMTP session is kept open across batches and passes
/// (<see cref="KeptMailTransport"/>, ADR 0053).
/// </remarks>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Its SemaphoreSlim only waits asynchronously and never creates a wait handle: nothing to dispose.")]
public sealed class MailDeliveryWorker : IAsyncDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptionsMonitor<SmtpOptions> _options;
    private readonly DataFolder _dataFolder;
    private readonly TimeProvider _clock;
    private readonly ILogger<MailDeliveryWorker> _logger;
    private readonly KeptMailTransport _session;
    // One pass at a time on a node: they share the kept SMTP session (MailKit's client is not thread-safe).
    private readonly SemaphoreSlim _pass = new(1, 1);

    public MailDeliveryWorker(IServiceScopeFactory scopes, IOptionsMonitor<SmtpOptions> options, DataFolder dataFolder, TimeProvider clock,
        ILogger<MailDeliveryWorker> logger)
    {
        (_scopes, _options, _dataFolder, _clock, _logger) = (scopes, options, dataFolder, clock, logger);
        _session = new KeptMailTransport(CreateTransport, clock);
    }

    /// <summary>The pickup folder used when no SMTP host is configured.</summary>
    public string PickupFolder => _dataFolder.Combine("mail");

    /// <summary>Delivers every message that is due now; returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        await _pass.WaitAsync(cancellationToken);
        try
        {
            var sent = 0;
            while (true)
            {
                var settings = _options.CurrentValue;
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
                var batch = await ClaimAsync(db, settings, cancellationToken);
                if (batch.Rows.Count == 0)
                {
                    await _session.CloseIfIdleAsync();
                    return sent;
                }
                var sender = await SenderAsync(scope.ServiceProvider, settings, cancellationToken);
                sent += await SendAsync(db, batch, sender, settings, cancellationToken);
                if (batch.Rows.Count < settings.BatchSize && !batch.LeftSome)
                {
                    return sent;
                }
            }
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>Closes the kept SMTP session (QUIT) when the node stops.</summary>
    public async ValueTask DisposeAsync()
    {
        await _pass.WaitAsync();
        try
        {
            await _session.DisposeAsync();
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>When the next pending message not claimed by another node becomes due (null when none is waiting).</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var now = _clock.GetUtcNow().UtcDateTime;
        return await db.OutgoingMail.Where(m => m.Status == MailStatus.Pending && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc).Select(m => (DateTime?)m.NextAttemptUtc).FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record Batch(Guid Token, DateTime ClaimedUntil, List<OutgoingMail> Rows)
    {
        /// <summary>The claimed rows' keys. Every statement about the claim names them besides the token: the token has no
        /// index, and looking for it alone read the whole table, which keeps every e-mail sent until retention prunes it.</summary>
        public List<long> Ids { get; } = Rows.ConvertAll(m => m.Id);

        /// <summary>Until when the claim holds; later after a renewal (a new SMTP session mid-batch).</summary>
        public DateTime ClaimedUntil { get; set; } = ClaimedUntil;

        /// <summary>The claim could lapse before the batch was done: the rest was released and is claimed again.</summary>
        public bool LeftSome { get; set; }
    }

    private async Task<Batch> ClaimAsync(CoreDbContext db, SmtpOptions settings, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var candidates = await Due(db.OutgoingMail.AsNoTracking(), now)
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        var token = Guid.NewGuid();
        var until = now + settings.ClaimDuration;
        if (candidates.Count > 0)
        {
            await Due(db.OutgoingMail.Where(m => candidates.Contains(m.Id)), now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockToken, token).SetProperty(m => m.LockedUntilUtc, until), cancellationToken);
        }
        var rows = candidates.Count == 0
            ? []
            : await db.OutgoingMail.AsNoTracking().Where(m => candidates.Contains(m.Id) && m.LockToken == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return new Batch(token, until, rows);
    }

    private static IQueryable<OutgoingMail> Due(IQueryable<OutgoingMail> query, DateTime now) =>
        query.Where(m => m.Status == MailStatus.Pending && m.NextAttemptUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now));

    // Sent messages are marked in groups of up to SentMarkGroup, one UPDATE and one commit each, always before anything
    // else is written for the batch (a release would otherwise hand a sent but unmarked row to the next claim).
    private const int SentMarkGroup = 10;

    private async Task<int> SendAsync(CoreDbContext db, Batch batch, MailSender sender, SmtpOptions settings, CancellationToken cancellationToken)
    {
        var sent = new List<long>(SentMarkGroup);
        var total = 0;
        for (var i = 0; i < batch.Rows.Count; i++)
        {
            var row = batch.Rows[i];
            if (_clock.GetUtcNow().UtcDateTime + settings.Timeout >= batch.ClaimedUntil)
            {
                // The claim could lapse mid-send and another node take the row: leave the rest to the next claim.
                await RecordSentAsync(db, batch.Token, sent);
                await ReleaseAsync(db, batch);
                batch.LeftSome = true;
                break;
            }
            try
            {
                await SendOneAsync(db, batch, row, MailMessageBuilder.Build(row, sender), settings, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await _session.CloseAsync();
                await RecordSentAsync(db, batch.Token, sent);
                await ReleaseAsync(db, batch);
                throw;
            }
            catch (Exception e)
            {
                await RecordSentAsync(db, batch.Token, sent);
                if (SmtpMailTransport.ConcernsMessageOnly(e))
                {
                    await RecordFailureAsync(db, batch.Token, row, e, settings);
                    continue;
                }
                // The server is unreachable or refused the session: every message left in the batch fails alike.
                await _session.CloseAsync();
                foreach (var rest in batch.Rows.Skip(i))
                {
                    await RecordFailureAsync(db, batch.Token, rest, e, settings);
                }
                break;
            }
            sent.Add(row.Id);
            total++;
            if (sent.Count >= SentMarkGroup)
            {
                await RecordSentAsync(db, batch.Token, sent);
            }
        }
        await RecordSentAsync(db, batch.Token, sent);
        return total;
    }

    // Over the kept session; when that fails for the session's sake (the server closed a session it had carried messages
    // over: an idle timeout, a limit per session), once more over a new one, after renewing the claim for the two
    // operations that takes (connect, send) — unless the claim has lapsed and another node may hold the rows now.
    private async Task SendOneAsync(CoreDbContext db, Batch batch, OutgoingMail row, MimeKit.MimeMessage message, SmtpOptions settings, CancellationToken cancellationToken)
    {
        var transport = await _session.GetAsync(settings);
        var reused = _session.Reused;
        try
        {
            await transport.SendAsync(row, message, cancellationToken);
        }
        catch (Exception e) when (reused && !SmtpMailTransport.ConcernsMessageOnly(e) && !cancellationToken.IsCancellationRequested)
        {
            await _session.CloseAsync();
            if (!await RenewClaimAsync(db, batch, settings))
            {
                throw;
            }
            _logger.LogInformation("The kept SMTP session failed ({Error}); sending e-mail {MailId} over a new one.", SmtpMailTransport.Describe(e), row.Id);
            await (await _session.GetAsync(settings)).SendAsync(row, message, cancellationToken);
        }
        _session.Used();
    }

    // The batch's unsent rows share one claim time, so they are renewed all or none.
    private async Task<bool> RenewClaimAsync(CoreDbContext db, Batch batch, SmtpOptions settings)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var until = now + settings.ClaimDuration;
        var renewed = await db.OutgoingMail.Where(m => batch.Ids.Contains(m.Id) && m.LockToken == batch.Token && m.Status == MailStatus.Pending && m.LockedUntilUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, until), CancellationToken.None);
        if (renewed > 0)
        {
            batch.ClaimedUntil = until;
        }
        return renewed > 0;
    }

    private IMailTransport CreateTransport(SmtpOptions settings) =>
        settings.UsesPickupFolder ? new PickupFolderMailTransport(PickupFolder, _logger) : new SmtpMailTransport(settings);

    private async Task RecordSentAsync(CoreDbContext db, Guid token, List<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var now = _clock.GetUtcNow().UtcDateTime;
        // Not cancellable: the messages have left, so the rows must say so, or they would be sent again.
        await db.OutgoingMail.Where(m => ids.Contains(m.Id) && m.LockToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MailStatus.Sent)
            .SetProperty(m => m.SentUtc, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LockToken, (Guid?)null)
            .SetProperty(m => m.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
        PortalMeters.MailMessages.Add(ids.Count, new KeyValuePair<string, object?>("outcome", "sent"));
        ids.Clear();
    }

    private async Task RecordFailureAsync(CoreDbContext db, Guid token, OutgoingMail row, Exception error, SmtpOptions settings)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var attempts = row.Attempts + 1;
        var status = attempts >= settings.MaxAttempts || SmtpMailTransport.IsPermanent(error) ? MailStatus.Failed : MailStatus.Pending;
        var message = SmtpMailTransport.Describe(error);
        if (message.Length > OutgoingMail.LastErrorMaxLength)
        {
            message = message[..OutgoingMail.LastErrorMaxLength];
        }
        var next = now + settings.RetryDelay(attempts);
        await db.OutgoingMail.Where(m => m.Id == row.Id && m.LockToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, message)
            .SetProperty(m => m.NextAttemptUtc, next)
            .SetProperty(m => m.LockToken, (Guid?)null)
            .SetProperty(m => m.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
        PortalMeters.MailMessages.Add(1, new KeyValuePair<string, object?>("outcome", status == MailStatus.Failed ? "failed" : "retry"));
        if (status == MailStatus.Failed)
        {
            _logger.LogError(error, "E-mail {MailId} to {To} failed for good after {Attempts} attempts.", row.Id, row.To, attempts);
        }
        else
        {
            _logger.LogWarning("E-mail {MailId} to {To} not sent (attempt {Attempts}), retrying at {Next:o}: {Error}", row.Id, row.To, attempts, next, message);
        }
    }

    private static Task ReleaseAsync(CoreDbContext db, Batch batch) =>
        db.OutgoingMail.Where(m => batch.Ids.Contains(m.Id) && m.LockToken == batch.Token && m.Status == MailStatus.Pending).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LockToken, (Guid?)null)
            .SetProperty(m => m.LockedUntilUtc, (DateTime?)null), CancellationToken.None);

    private static async Task<MailSender> SenderAsync(IServiceProvider services, SmtpOptions settings, CancellationToken cancellationToken)
    {
        var site = await services.GetRequiredService<SiteSettingsStore>().GetAsync<SiteSettings>(cancellationToken);
        var address = FirstNonEmpty(settings.From, site.Email) ?? "noreply@localhost";
        // The official name is required in the settings; no town is named here should both ever be empty.
        var name = FirstNonEmpty(settings.FromName, site.OfficialName) ?? "";
        return new MailSender(address, name);
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
