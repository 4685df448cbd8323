using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;
using Pelhrimov.Notifications.Unsubscribe;

namespace Pelhrimov.Notifications.News;

/// <summary>
/// Sends a notification to every confirmed subscriber of a news category: rendered once (subscribers have no name),
/// one e-mail message each with its own unsubscribe link; all in one transaction with the outbox rows.
/// </summary>
public sealed class NewsSubscriberSender(NotificationsDbContext db, CoreDbContext core, NotificationRenderer renderer, NotificationMail mail, TimeProvider clock)
{
    public async Task<NotificationResult> SendAsync(NotificationKind kind, string category, NotificationRequest request, CancellationToken cancellationToken)
    {
        var skipped = new List<string>();
        if ((request.Channels & ~NotificationChannels.Email) != NotificationChannels.None)
        {
            skipped.Add("Schránka v portálu a SMS: odběratelé novinek dostávají jen e-mail.");
        }
        if (!request.Channels.HasFlag(NotificationChannels.Email))
        {
            return new NotificationResult([], 0, skipped);
        }
        var subscribers = await db.NewsSubscriptions.AsNoTracking()
            .Where(s => s.Category == category && s.ConfirmedUtc != null && s.UnsubscribedUtc == null)
            .OrderBy(s => s.CreatedUtc).Select(s => new { s.Id, s.Email }).ToListAsync(cancellationToken);
        var (version, rendered) = await renderer.RenderAsync(kind, request.Model, null, cancellationToken);
        if (subscribers.Count == 0)
        {
            skipped.Add($"E-mail: rubriku „{category}“ nikdo neodebírá.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>();
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            foreach (var subscriber in subscribers)
            {
                var message = new NotificationMessage
                {
                    Id = Guid.NewGuid(), TemplateKey = kind.Key, TemplateVersion = version, Channel = NotificationChannel.Email,
                    Status = DeliveryStatus.Queued, Address = subscriber.Email, Subject = rendered.Subject, TextBody = rendered.TextBody,
                    HtmlBody = rendered.HtmlBody, CreatedUtc = now, StatusUtc = now,
                };
                db.Messages.Add(message);
                ids.Add(message.Id);
                await mail.EnqueueAsync(message, UnsubscribeTarget.Subscriber(subscriber.Id), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return new NotificationResult(ids, version, skipped);
    }
}
