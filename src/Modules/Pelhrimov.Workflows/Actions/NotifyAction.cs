using Pelhrimov.Core.Workflows;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;

namespace Pelhrimov.Workflows.Actions;

/// <summary>
/// Sends a notification from a kind's current template to the citizen(s) the event concerns, a department, an address,
/// or the news subscribers of the event's <c>category</c> (an article's rubric).
/// </summary>
public sealed class NotifyAction(INotifications notifications, NotificationKinds kinds) : IWorkflowAction
{
    public const string Key = "notify";

    public static WorkflowActionInfo Info { get; } = new(Key, "Poslat oznámení podle šablony",
    [
        new("kind", "Šablona oznámení (prázdná: podle spouštěče)", Required: false),
        new("recipient", "Komu", [new("citizen", "Občanovi, kterého se událost týká"), new("department", "Odboru (na jeho adresu)"), new("address", "Na zadanou adresu"), new("subscribers", "Odběratelům novinek z rubriky článku")]),
        new("email", "E-mailová adresa (pro odbor nebo zadanou adresu)", Required: false),
        new("name", "Jméno příjemce nebo název odboru", Required: false),
        new("channels", "Kanály", [new("email,inbox", "E-mail a schránka v portálu"), new("email", "Jen e-mail"), new("inbox", "Jen schránka v portálu"), new("sms", "SMS")]),
    ], []);

    public Task<string> RunAsync(WorkflowActionRequest request, CancellationToken cancellationToken) =>
        SendAsync(request, request.Parameters.GetValueOrDefault("recipient", "citizen"), Channels(request.Parameters.GetValueOrDefault("channels")), cancellationToken);

    /// <summary>Shared with the inbox action: builds the model and sends to each recipient in the caller's transaction.</summary>
    internal async Task<string> SendAsync(WorkflowActionRequest request, string recipientType, NotificationChannels channels, CancellationToken cancellationToken)
    {
        var values = request.Event.Notification
            ?? throw new WorkflowActionRefusedException("Spouštěč nedodává data pro žádné oznámení.");
        var kindKey = request.Parameters.GetValueOrDefault("kind") is { Length: > 0 } chosen ? chosen : values.Kind;
        var kind = kinds.Find(kindKey) ?? throw new WorkflowActionRefusedException($"Šablona oznámení „{kindKey}“ neexistuje.");
        var model = NotificationModelFactory.Create(kind.ModelType, values);
        var recipients = Recipients(request, recipientType);
        if (recipients.Count == 0)
        {
            return recipientType == "subscribers"
                ? "Obsah nemá rubriku, jejíž novinky by se daly odebírat; nic se neposlalo."
                : "Událost se netýká žádného účtu občana; nic se neposlalo.";
        }
        if (request.DryRun)
        {
            return $"Poslalo by se oznámení „{kind.Title}“ ({Describe(channels)}) příjemcům: {recipients.Count}.";
        }
        var sent = 0;
        var skipped = new List<string>();
        foreach (var recipient in recipients)
        {
            var result = await notifications.SendAsync(new NotificationRequest(kind.Key, recipient, model, channels), cancellationToken);
            sent += result.MessageIds.Count;
            skipped.AddRange(result.Skipped);
        }
        return $"Oznámení „{kind.Title}“: zpráv {sent}" + (skipped.Count > 0 ? "; vynecháno: " + string.Join(" ", skipped.Distinct()) : ".");
    }

    private static List<NotificationRecipient> Recipients(WorkflowActionRequest request, string type)
    {
        var email = request.Parameters.GetValueOrDefault("email")?.Trim();
        var name = request.Parameters.GetValueOrDefault("name")?.Trim();
        return type switch
        {
            "department" or "address" when string.IsNullOrEmpty(email) =>
                throw new WorkflowActionRefusedException("Chybí e-mailová adresa příjemce."),
            "department" => [NotificationRecipient.Department(string.IsNullOrEmpty(name) ? "Odbor" : name, email!)],
            "subscribers" => request.Event.Fields.GetValueOrDefault("category") is { Length: > 0 } category
                ? [NotificationRecipient.NewsSubscribers(category)]
                : [],
            "address" => [NotificationRecipient.Address(email!, string.IsNullOrEmpty(name) ? null : name)],
            _ => [.. request.Event.AccountIds.Select(NotificationRecipient.Citizen)],
        };
    }

    private static NotificationChannels Channels(string? text) =>
        (text ?? "email,inbox").Split(',', StringSplitOptions.TrimEntries).Aggregate(NotificationChannels.None, (all, c) => all | c switch
        {
            "email" => NotificationChannels.Email,
            "inbox" => NotificationChannels.Inbox,
            "sms" => NotificationChannels.Sms,
            _ => NotificationChannels.None,
        });

    private static string Describe(NotificationChannels channels) => string.Join(", ", new[]
    {
        channels.HasFlag(NotificationChannels.Email) ? "e-mail" : null,
        channels.HasFlag(NotificationChannels.Inbox) ? "schránka v portálu" : null,
        channels.HasFlag(NotificationChannels.Sms) ? "SMS" : null,
    }.OfType<string>());
}

/// <summary>Writes the notification into the portal inbox of the citizen(s) the event concerns (no e-mail).</summary>
public sealed class InboxAction(NotifyAction notify) : IWorkflowAction
{
    public const string Key = "inbox";

    public static WorkflowActionInfo Info { get; } = new(Key, "Zapsat zprávu do schránky občana v portálu",
        [new("kind", "Šablona oznámení (prázdná: podle spouštěče)", Required: false)], []);

    public Task<string> RunAsync(WorkflowActionRequest request, CancellationToken cancellationToken) =>
        notify.SendAsync(request, "citizen", NotificationChannels.Inbox, cancellationToken);
}
