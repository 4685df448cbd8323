namespace Pelhrimov.Notifications.Domain;

/// <summary>Where a notification goes out.</summary>
public enum NotificationChannel
{
    Email = 0,
    Inbox = 1,
    Sms = 2,
}

/// <summary>Where delivery of one message stands (for e-mail read from its outbox row, ADR 0046).</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting for its first attempt.</summary>
    Queued = 0,

    /// <summary>A delivery worker holds it right now.</summary>
    Sending = 1,

    /// <summary>Handed over: accepted by the SMTP server or the SMS gateway, or placed in the portal inbox.</summary>
    Delivered = 2,

    /// <summary>An attempt failed; it is retried with growing delays.</summary>
    TemporaryFailure = 3,

    /// <summary>Refused for good (a bounce) or out of attempts.</summary>
    PermanentFailure = 4,
}

/// <summary>One message: one recipient on one channel, rendered from one template version.</summary>
public sealed class NotificationMessage
{
    public const int AddressMaxLength = 320;

    public Guid Id { get; set; }

    public required string TemplateKey { get; set; }

    public int TemplateVersion { get; set; }

    public NotificationChannel Channel { get; set; }

    public DeliveryStatus Status { get; set; }

    /// <summary>The citizen account it belongs to; null for staff and plain addresses. The inbox shows only these.</summary>
    public Guid? AccountId { get; set; }

    /// <summary>E-mail address or phone number; null for the inbox.</summary>
    public string? Address { get; set; }

    public string? RecipientName { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When <see cref="Status"/> last changed.</summary>
    public DateTime StatusUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Inbox only: when the citizen first opened it.</summary>
    public DateTime? ReadUtc { get; set; }

    /// <summary>Inbox only: when the citizen archived it.</summary>
    public DateTime? ArchivedUtc { get; set; }

    /// <summary>E-mail for a digest: when the digest that collects it is due; null for e-mail sent at once.</summary>
    public DateTime? DigestDueUtc { get; set; }

    /// <summary>The digest e-mail that took this message (its outbox row's key); null while it waits.</summary>
    public Guid? DigestId { get; set; }

    /// <summary>The key the e-mail's outbox row carries (<c>OutgoingMail.CorrelationId</c>): the digest's when in one.</summary>
    public string CorrelationId => (DigestId ?? Id).ToString("N");

    public static bool IsFinal(DeliveryStatus status) => status is DeliveryStatus.Delivered or DeliveryStatus.PermanentFailure;
}
