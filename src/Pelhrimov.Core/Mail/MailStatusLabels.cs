namespace Pelhrimov.Core.Mail;

/// <summary>Czech names of the delivery states and the values of the admin list's <c>stav</c> filter.</summary>
public static class MailStatusLabels
{
    public static string Text(MailStatus status) => status switch
    {
        MailStatus.Pending => "Čeká na odeslání",
        MailStatus.Sent => "Odesláno",
        _ => "Nedoručeno",
    };

    public static string Slug(MailStatus status) => status switch
    {
        MailStatus.Pending => "ceka",
        MailStatus.Sent => "odeslano",
        _ => "nedoruceno",
    };

    public static MailStatus? FromSlug(string? slug) =>
        Enum.GetValues<MailStatus>().Cast<MailStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);
}
