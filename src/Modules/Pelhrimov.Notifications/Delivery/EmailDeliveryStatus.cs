using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;

namespace Pelhrimov.Notifications.Delivery;

/// <summary>
/// Copies the delivery state of e-mail messages from their outbox rows (found by <c>OutgoingMail.CorrelationId</c>): the
/// outbox is the truth, the message keeps a copy so that lists can filter by state (ADR 0046). Pages refresh the rows
/// they show; <see cref="EmailDeliveryStatusJob"/> refreshes the rest every minute.
/// </summary>
public sealed class EmailDeliveryStatus(NotificationsDbContext db, CoreDbContext core, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>Refreshes the unfinished e-mail messages among <paramref name="messages"/> (tracked or not) and saves.</summary>
    public async Task RefreshAsync(IReadOnlyList<NotificationMessage> messages, CancellationToken cancellationToken)
    {
        var open = messages.Where(m => m.Channel == NotificationChannel.Email && !NotificationMessage.IsFinal(m.Status)).ToList();
        if (open.Count == 0)
        {
            return;
        }
        var keys = open.Select(m => m.CorrelationId).ToList();
        var rows = await core.OutgoingMail.AsNoTracking().Where(o => o.CorrelationId != null && keys.Contains(o.CorrelationId))
            .Select(o => new OutboxState(o.CorrelationId!, o.Status, o.Attempts, o.LockToken, o.LockedUntilUtc, o.LastError, o.SentUtc))
            .ToDictionaryAsync(o => o.CorrelationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<(NotificationMessage Message, DeliveryStatus Status, OutboxState Row)>();
        foreach (var message in open)
        {
            if (!rows.TryGetValue(message.CorrelationId, out var row))
            {
                continue;
            }
            var status = row.Status switch
            {
                MailStatus.Sent => DeliveryStatus.Delivered,
                MailStatus.Failed => DeliveryStatus.PermanentFailure,
                _ when row.LockToken is not null && row.LockedUntilUtc > now => DeliveryStatus.Sending,
                _ when row.Attempts > 0 => DeliveryStatus.TemporaryFailure,
                _ => DeliveryStatus.Queued,
            };
            if (status != message.Status || row.Attempts != message.Attempts)
            {
                changes.Add((message, status, row));
            }
        }
        if (changes.Count == 0)
        {
            return;
        }
        // One transaction for all the changed rows: one commit (on SQLite one disk sync) instead of one per message.
        await SharedTransaction.RunAsync(db, [], async () =>
        {
            foreach (var (message, status, row) in changes)
            {
                var changedUtc = row.SentUtc ?? now;
                await db.Messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, status).SetProperty(m => m.StatusUtc, changedUtc)
                    .SetProperty(m => m.Attempts, row.Attempts).SetProperty(m => m.LastError, row.LastError), cancellationToken);
            }
        }, cancellationToken);
        foreach (var (message, status, row) in changes)
        {
            NotificationMetrics.Reached(NotificationChannel.Email, status);
            message.Status = status;
            message.StatusUtc = row.SentUtc ?? now;
            message.Attempts = row.Attempts;
            message.LastError = row.LastError;
        }
    }

    /// <summary>Refreshes the oldest unfinished e-mail messages, at most <see cref="BatchSize"/>.</summary>
    public async Task RefreshOpenAsync(CancellationToken cancellationToken)
    {
        var open = await db.Messages.AsNoTracking()
            .Where(m => m.Channel == NotificationChannel.Email && m.Status != DeliveryStatus.Delivered && m.Status != DeliveryStatus.PermanentFailure)
            .Where(m => m.DigestDueUtc == null || m.DigestId != null)   // waiting for a digest: no outbox row yet
            .OrderBy(m => m.CreatedUtc).Take(BatchSize).ToListAsync(cancellationToken);
        await RefreshAsync(open, cancellationToken);
    }
}

/// <summary>Every minute, on one node: brings the e-mail messages' delivery state up to date with the outbox.</summary>
public sealed class EmailDeliveryStatusJob(EmailDeliveryStatus status) : IScheduledJob
{
    public Task RunAsync(ScheduledRun run, CancellationToken cancellationToken) => status.RefreshOpenAsync(cancellationToken);
}

/// <summary>What <see cref="EmailDeliveryStatus"/> reads of an outbox row.</summary>
internal sealed record OutboxState(string CorrelationId, MailStatus Status, int Attempts, Guid? LockToken, DateTime? LockedUntilUtc, string? LastError, DateTime? SentUtc);
