namespace Pelhrimov.Filings.Domain;

/// <summary>Czech names of statuses, channels and directions, and their codes in the API.</summary>
public static class FilingTexts
{
    public static string Name(this FilingStatus status) => status switch
    {
        FilingStatus.Received => "přijato",
        FilingStatus.InProgress => "v řešení",
        FilingStatus.AwaitingCompletion => "čeká na doplnění",
        FilingStatus.Resolved => "vyřízeno",
        FilingStatus.Rejected => "zamítnuto",
        _ => status.ToString(),
    };

    /// <summary>The status's code in the API and in admin filters (ASCII, stable).</summary>
    public static string Code(this FilingStatus status) => status switch
    {
        FilingStatus.Received => "prijato",
        FilingStatus.InProgress => "v-reseni",
        FilingStatus.AwaitingCompletion => "ceka-na-doplneni",
        FilingStatus.Resolved => "vyrizeno",
        FilingStatus.Rejected => "zamitnuto",
        _ => status.ToString(),
    };

    /// <summary>Whether the office is done with the filing.</summary>
    public static bool IsClosed(this FilingStatus status) => status is FilingStatus.Resolved or FilingStatus.Rejected;

    public static string Name(this FilingChannel channel) => channel switch
    {
        FilingChannel.Portal => "portál",
        FilingChannel.DataBox => "datová schránka",
        FilingChannel.Email => "e-mail",
        FilingChannel.InPerson => "osobně",
        _ => channel.ToString(),
    };

    public static string Code(this FilingChannel channel) => channel switch
    {
        FilingChannel.Portal => "portal",
        FilingChannel.DataBox => "datova-schranka",
        FilingChannel.Email => "e-mail",
        FilingChannel.InPerson => "osobne",
        _ => channel.ToString(),
    };

    public static string Name(this DocumentDirection direction) => direction switch
    {
        DocumentDirection.FromCitizen => "od vás",
        DocumentDirection.FromOffice => "od úřadu",
        _ => direction.ToString(),
    };

    public static string Code(this DocumentDirection direction) => direction switch
    {
        DocumentDirection.FromCitizen => "obcan",
        DocumentDirection.FromOffice => "urad",
        _ => direction.ToString(),
    };

    public static FilingStatus? ParseStatus(string? code) =>
        Enum.GetValues<FilingStatus>().Cast<FilingStatus?>().FirstOrDefault(s => s!.Value.Code() == code);

    public static FilingChannel? ParseChannel(string? code) =>
        Enum.GetValues<FilingChannel>().Cast<FilingChannel?>().FirstOrDefault(c => c!.Value.Code() == code);

    public static DocumentDirection? ParseDirection(string? code) =>
        Enum.GetValues<DocumentDirection>().Cast<DocumentDirection?>().FirstOrDefault(d => d!.Value.Code() == code);

    public static string StatusCodes => string.Join(", ", Enum.GetValues<FilingStatus>().Select(s => s.Code()));

    public static string ChannelCodes => string.Join(", ", Enum.GetValues<FilingChannel>().Select(c => c.Code()));
}
