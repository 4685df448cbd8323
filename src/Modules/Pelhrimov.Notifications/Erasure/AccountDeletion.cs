using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using DeliveryStatus = Pelhrimov.Notifications.Domain.DeliveryStatus;

namespace Pelhrimov.Notifications.Erasure;

/// <summary>
/// A deleted citizen account leaves nothing personal in the notifications (ADR 0049): its preferences go; its messages
/// keep only what the staff's delivery statistics count (kind, channel, status, times) with subject, texts, address and
/// account erased; e-mail still waiting for a digest is dropped and the outbox rows of its e-mails (sent or not) are
/// deleted; the news subscriptions of the addresses the portal wrote to the account are deleted. Its unsubscribe links,
/// which are signed tokens and not rows, stop working because the account is gone (<c>Unsubscriber</c>).
/// </summary>
public sealed class EraseNotificationsOnAccountDeleted(NotificationsDbContext db, CoreDbContext core, TimeProvider clock) : IEventHandler<CitizenAccountDeleted>
{
    public const string ErasedSubject = "(smazáno se zrušeným účtem)";

    public const string ErasedRecipient = "(zrušený účet)";

    public Task HandleAsync(CitizenAccountDeleted e, EventContext context, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var account = (Guid?)e.AccountId;
            var messages = db.Messages.Where(m => m.AccountId == account);
            var addresses = (await messages.Where(m => m.Channel == NotificationChannel.Email && m.Address != null)
                .Select(m => m.Address!).Distinct().ToListAsync(cancellationToken)).Select(a => a.Trim().ToLowerInvariant()).Distinct().ToList();
            var mailKeys = await messages.Where(m => m.Channel == NotificationChannel.Email).Select(m => m.DigestId ?? m.Id).Distinct().ToListAsync(cancellationToken);
            foreach (var chunk in mailKeys.Select(k => k.ToString("N")).Chunk(500))
            {
                await core.OutgoingMail.Where(o => o.CorrelationId != null && chunk.Contains(o.CorrelationId)).ExecuteDeleteAsync(cancellationToken);
            }
            foreach (var chunk in addresses.Chunk(500))
            {
                await db.NewsSubscriptions.Where(s => chunk.Contains(s.Email)).ExecuteDeleteAsync(cancellationToken);
            }
            await db.Preferences.Where(p => p.AccountId == e.AccountId).ExecuteDeleteAsync(cancellationToken);
            await messages.Where(m => m.DigestDueUtc != null && m.DigestId == null).ExecuteDeleteAsync(cancellationToken);
            // An e-mail whose outbox row went above will never be sent: it counts as not delivered.
            var now = clock.GetUtcNow().UtcDateTime;
            await messages.Where(m => m.Status != DeliveryStatus.Delivered && m.Status != DeliveryStatus.PermanentFailure)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, DeliveryStatus.PermanentFailure).SetProperty(m => m.StatusUtc, now), cancellationToken);
            await messages.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.AccountId, (Guid?)null)
                .SetProperty(m => m.Address, (string?)null)
                .SetProperty(m => m.RecipientName, ErasedRecipient)
                .SetProperty(m => m.Subject, ErasedSubject)
                .SetProperty(m => m.TextBody, "")
                .SetProperty(m => m.HtmlBody, (string?)null)
                .SetProperty(m => m.LastError, (string?)null), cancellationToken);
            await context.CompleteAsync(cancellationToken);
        }, cancellationToken);
}
