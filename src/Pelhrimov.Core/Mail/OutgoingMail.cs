namespace Pelhrimov.Core.Mail;

/// <summary>Where a queued e-mail stands.</summary>
/// <remarks>Pending → Sent, or Pending → (retries) → Failed; an administrator may put a Failed one back to Pending.</remarks>
public enum MailStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>A row of the e-mail outbox: what to send, and how delivery has gone so far.</summary>
public sealed class OutgoingMail
{
    public const int LastErrorMaxLength = 1000;

    public long Id { get; set; }

    public required string To { get; set; }

    public string? ToName { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    public required string Category { get; set; }

    /// <summary>The caller's key of its own record of this message (<see cref="OutgoingMessage.CorrelationId"/>), if any.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Extra header fields, one <c>Name: value</c> per line (<see cref="OutgoingMessage.Headers"/>), or null.</summary>
    public string? Headers { get; set; }

    /// <summary>The <c>Message-ID</c> header, fixed at queueing so that every attempt sends the same message.</summary>
    public required string MessageId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public MailStatus Status { get; set; }

    /// <summary>How many times delivery was tried.</summary>
    public int Attempts { get; set; }

    /// <summary>Not to be tried before this time (backoff after a failure).</summary>
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>The delivery worker holding the row, so that no other node sends it at the same time.</summary>
    public Guid? LockToken { get; set; }

    /// <summary>When the claim of <see cref="LockToken"/> lapses (a node that died while sending).</summary>
    public DateTime? LockedUntilUtc { get; set; }

    /// <summary>Why the last attempt failed, shortened to <see cref="LastErrorMaxLength"/> characters.</summary>
    public string? LastError { get; set; }

    public DateTime? SentUtc { get; set; }
}
