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
/// again, with the same Message-ID (at least once).
/// </remarks>
public sealed class MailDeliveryWorker(
    IServiceScopeFactory scopes,
    IOptionsMonitor<SmtpOptions> options,
    DataFolder dataFolder,
    TimeProvider clock,
    ILogger<MailDeliveryWorker> logger)
{
    /// <summary>The pickup folder used when no SMTP host is configured.</summary>
    public string PickupFolder => dataFolder.Combine("mail");

    /// <summary>Delivers every message that is due now; returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (true)
        {
            var settings = options.CurrentValue;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var batch = await ClaimAsync(db, settings, cancellationToken);
            if (batch.Rows.Count == 0)
            {
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

    /// <summary>When the next pending message not claimed by another node becomes due (null when none is waiting).</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.OutgoingMail.Where(m => m.Status == MailStatus.Pending && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc).Select(m => (DateTime?)m.NextAttemptUtc).FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record Batch(Guid Token, DateTime ClaimedUntil, List<OutgoingMail> Rows)
    {
        /// <summary>The claim could lapse before the batch was done: the rest was released and is claimed again.</summary>
        public bool LeftSome { get; set; }
    }

    private async Task<Batch> ClaimAsync(CoreDbContext db, SmtpOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
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
            : await db.OutgoingMail.AsNoTracking().Where(m => m.LockToken == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
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
        await using (var transport = CreateTransport(settings))
        {
            for (var i = 0; i < batch.Rows.Count; i++)
            {
                var row = batch.Rows[i];
                if (clock.GetUtcNow().UtcDateTime + settings.Timeout >= batch.ClaimedUntil)
                {
                    // The claim could lapse mid-send and another node take the row: leave the rest to the next claim.
                    await RecordSentAsync(db, batch.Token, sent);
                    await ReleaseAsync(db, batch.Token);
                    batch.LeftSome = true;
                    break;
                }
                try
                {
                    await transport.SendAsync(row, MailMessageBuilder.Build(row, sender), cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await RecordSentAsync(db, batch.Token, sent);
                    await ReleaseAsync(db, batch.Token);
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
        }
        return total;
    }

    private IMailTransport CreateTransport(SmtpOptions settings) =>
        settings.UsesPickupFolder ? new PickupFolderMailTransport(PickupFolder, logger) : new SmtpMailTransport(settings);

    private async Task RecordSentAsync(CoreDbContext db, Guid token, List<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
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
        var now = clock.GetUtcNow().UtcDateTime;
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
            logger.LogError(error, "E-mail {MailId} to {To} failed for good after {Attempts} attempts.", row.Id, row.To, attempts);
        }
        else
        {
            logger.LogWarning("E-mail {MailId} to {To} not sent (attempt {Attempts}), retrying at {Next:o}: {Error}", row.Id, row.To, attempts, next, message);
        }
    }

    private static Task ReleaseAsync(CoreDbContext db, Guid token) =>
        db.OutgoingMail.Where(m => m.LockToken == token && m.Status == MailStatus.Pending).ExecuteUpdateAsync(s => s
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
