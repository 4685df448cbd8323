using System.Diagnostics.Metrics;
using Pelhrimov.Notifications.Domain;

namespace Pelhrimov.Notifications.Delivery;

/// <summary>
/// The Notifications module's meter (ADR 0051). <c>portal.notifications</c>: messages that reached a final state, by
/// <c>channel</c> (<c>inbox</c>, <c>email</c>, <c>sms</c>) and <c>outcome</c> (<c>sent</c>, <c>failed</c>). An inbox message
/// is sent when stored; an SMS when the gateway took it or refused it; an e-mail when its outbox row was found sent or
/// failed for good (<see cref="EmailDeliveryStatus"/>, within a minute of the delivery). Retries of e-mail show in Core's
/// <c>portal.mail.messages</c>.
/// </summary>
public static class NotificationMetrics
{
    public static readonly Meter Meter = new("Pelhrimov.Notifications");

    public static readonly Counter<long> Messages = Meter.CreateCounter<long>("portal.notifications", "{message}", "Notification messages delivered or failed for good.");

    /// <summary>Counts <paramref name="count"/> messages of <paramref name="channel"/> that reached <paramref name="status"/>; other states are not counted.</summary>
    public static void Reached(NotificationChannel channel, DeliveryStatus status, int count = 1)
    {
        if (count > 0 && status is DeliveryStatus.Delivered or DeliveryStatus.PermanentFailure)
        {
            Messages.Add(count, new KeyValuePair<string, object?>("channel", channel.ToString().ToLowerInvariant()),
                new KeyValuePair<string, object?>("outcome", status == DeliveryStatus.Delivered ? "sent" : "failed"));
        }
    }
}
