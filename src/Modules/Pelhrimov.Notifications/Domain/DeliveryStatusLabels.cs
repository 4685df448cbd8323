namespace Pelhrimov.Notifications.Domain;

/// <summary>Czech names of channels and delivery states, and the values of the admin list's filters.</summary>
public static class DeliveryStatusLabels
{
    public static string Text(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Queued => "Ve frontě",
        DeliveryStatus.Sending => "Odesílá se",
        DeliveryStatus.Delivered => "Doručeno",
        DeliveryStatus.TemporaryFailure => "Dočasná chyba, zkusí se znovu",
        _ => "Nedoručitelné",
    };

    public static string Slug(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Queued => "ve-fronte",
        DeliveryStatus.Sending => "odesila-se",
        DeliveryStatus.Delivered => "doruceno",
        DeliveryStatus.TemporaryFailure => "docasna-chyba",
        _ => "nedorucitelne",
    };

    public static DeliveryStatus? StatusFromSlug(string? slug) =>
        Enum.GetValues<DeliveryStatus>().Cast<DeliveryStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);

    public static string Text(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => "E-mail",
        NotificationChannel.Inbox => "Schránka v portálu",
        _ => "SMS",
    };

    public static string Slug(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => "e-mail",
        NotificationChannel.Inbox => "schranka",
        _ => "sms",
    };

    public static NotificationChannel? ChannelFromSlug(string? slug) =>
        Enum.GetValues<NotificationChannel>().Cast<NotificationChannel?>().FirstOrDefault(c => Slug(c!.Value) == slug);
}
