using Microsoft.EntityFrameworkCore;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;

namespace Pelhrimov.Notifications.Sending;

/// <summary>Hands an SMS message to the gateway and records the outcome on the message.</summary>
public sealed class SmsDelivery(NotificationsDbContext db, ISmsGateway gateway, TimeProvider clock)
{
    public async Task DeliverAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await gateway.SendAsync(message.Address!, message.TextBody, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
        }
        var status = error is null ? DeliveryStatus.Delivered : DeliveryStatus.PermanentFailure;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status).SetProperty(m => m.StatusUtc, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, error), cancellationToken);
        Delivery.NotificationMetrics.Reached(NotificationChannel.Sms, status);
    }
}
