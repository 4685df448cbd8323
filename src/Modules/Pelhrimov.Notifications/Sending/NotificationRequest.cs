namespace Pelhrimov.Notifications.Sending;

/// <summary>Channels a request asks for; a channel the recipient cannot be reached on is skipped and reported.</summary>
[Flags]
public enum NotificationChannels
{
    None = 0,
    Email = 1,
    Inbox = 2,
    Sms = 4,
}

/// <summary>Who a notification is for.</summary>
/// <remarks>
/// A citizen is reached at the e-mail address and phone number of the account and in the portal inbox; a department
/// (staff) and a plain address only by e-mail (and SMS when a phone number is given).
/// </remarks>
public sealed record NotificationRecipient
{
    private NotificationRecipient() { }

    public Guid? AccountId { get; private init; }

    public string? Email { get; private init; }

    public string? Phone { get; private init; }

    public string? Name { get; private init; }

    /// <summary>For <see cref="NewsSubscribers"/>: the article category whose confirmed subscribers get the message.</summary>
    public string? NewsCategory { get; private init; }

    /// <summary>A citizen account (the Citizens module's account id).</summary>
    public static NotificationRecipient Citizen(Guid accountId) => new() { AccountId = accountId };

    /// <summary>A department of the office, at its shared address, for example <c>("Odbor dopravy", "doprava@pelhrimov.cz")</c>.</summary>
    public static NotificationRecipient Department(string name, string email) => new() { Name = name, Email = email };

    /// <summary>Any address, for example a person who is not registered.</summary>
    public static NotificationRecipient Address(string email, string? name = null, string? phone = null) =>
        new() { Email = email, Name = name, Phone = phone };

    /// <summary>
    /// Every confirmed news subscriber of an article category (the Content module's categories, e.g. <c>Doprava</c>):
    /// one e-mail each, with its own unsubscribe link; never the inbox or SMS.
    /// </summary>
    public static NotificationRecipient NewsSubscribers(string category) =>
        new() { NewsCategory = string.IsNullOrWhiteSpace(category) ? throw new ArgumentException("A category is required.", nameof(category)) : category.Trim() };
}

/// <summary>
/// A notification to send: the kind's template key, the recipient, the kind's model record (for example
/// <c>FilingStatusChangedModel</c> for <c>filing.status-changed</c>) and the channels.
/// </summary>
public sealed record NotificationRequest(
    string TemplateKey,
    NotificationRecipient Recipient,
    object Model,
    NotificationChannels Channels = NotificationChannels.Email | NotificationChannels.Inbox);

/// <summary>The messages created (one per channel reached) and the channels skipped, with the reason in Czech.</summary>
public sealed record NotificationResult(IReadOnlyList<Guid> MessageIds, int TemplateVersion, IReadOnlyList<string> Skipped);

/// <summary>Sends notifications from the current version of a kind's template (docs/notifications.md).</summary>
public interface INotifications
{
    /// <summary>
    /// Renders the kind's current template over the model and records one message per channel: e-mail goes to the outbox
    /// in the same transaction (delivered in the background with retries), the inbox message is delivered at once, SMS is
    /// handed to <see cref="ISmsGateway"/> after the commit.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown template key, or a model of another type than the kind's.</exception>
    Task<NotificationResult> SendAsync(NotificationRequest request, CancellationToken cancellationToken = default);
}
