namespace Pelhrimov.Core.Events;

/// <summary>Czech names of the delivery states and the values of the admin list's <c>stav</c> filter.</summary>
public static class DeliveryStatusLabels
{
    public static string Text(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => "Čeká",
        DeliveryStatus.Done => "Vyřízeno",
        _ => "Nezdařené",
    };

    public static string Slug(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => "ceka",
        DeliveryStatus.Done => "vyrizeno",
        _ => "nezdarene",
    };

    public static DeliveryStatus? FromSlug(string? slug) =>
        Enum.GetValues<DeliveryStatus>().Cast<DeliveryStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);
}
