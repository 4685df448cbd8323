namespace Pelhrimov.Notifications.Kinds;

/// <summary>A field a template of a kind may use: its Liquid name and what it holds, in Czech.</summary>
public sealed record TemplateField(string Name, string Description);

/// <summary>The wording a kind starts with before staff change it.</summary>
public sealed record TemplateParts(string Subject, string HtmlBody, string TextBody);

/// <summary>
/// A kind of notification: its key, its model (a C# record whose members are all a template can read), sample data for
/// the preview, the documentation of the fields and the default wording. Modules register kinds with
/// <see cref="NotificationKindRegistration.AddNotificationKind"/>.
/// </summary>
public sealed record NotificationKind(
    string Key,
    string Title,
    string Description,
    Type ModelType,
    object Sample,
    IReadOnlyList<TemplateField> Fields,
    TemplateParts Default)
{
    /// <summary>Fields every kind has besides its own: the recipient and the town.</summary>
    public static readonly IReadOnlyList<TemplateField> CommonFields =
    [
        new("recipient.name", "Jméno příjemce (může chybět; pak použijte například „Dobrý den“)"),
        new("town.name", "Úřední název obce, například „Město Humpolec“"),
        new("town.url", "Adresa webu obce"),
    ];
}

/// <summary>The kinds the site knows, by key.</summary>
public sealed class NotificationKinds(IEnumerable<NotificationKind> kinds)
{
    public IReadOnlyList<NotificationKind> All { get; } = [.. kinds.OrderBy(k => k.Key, StringComparer.Ordinal)];

    public NotificationKind? Find(string? key) => All.FirstOrDefault(k => k.Key == key);
}
