namespace Pelhrimov.Notifications.Domain;

/// <summary>
/// An address subscribed to the news of one article category (no account needed). It receives news only once
/// confirmed (double opt-in); unsubscribing keeps the row with its time, so that it is not mailed again.
/// </summary>
public sealed class NewsSubscription
{
    public const int CategoryMaxLength = 100;

    public Guid Id { get; set; }

    public required string Email { get; set; }

    public required string Category { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public DateTime? UnsubscribedUtc { get; set; }

    public bool IsActive => ConfirmedUtc is not null && UnsubscribedUtc is null;
}
