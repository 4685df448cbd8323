namespace Pelhrimov.Core.Mail;

/// <summary>An e-mail to send: one recipient, a plain-text body and an optional HTML alternative.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line (Czech).</param>
/// <param name="TextBody">Plain-text body; always present so every client can read the message.</param>
/// <param name="HtmlBody">Optional HTML alternative.</param>
/// <param name="ToName">Optional display name of the recipient.</param>
/// <param name="Category">What kind of message this is (for delivery statistics), for example <c>account-confirmation</c>.</param>
/// <param name="CorrelationId">Optional key of the caller's own record of this message (at most 64 characters), stored in
/// the outbox row so that the caller can read the delivery state back (the Notifications module does).</param>
/// <param name="Headers">Optional extra header fields, for example <c>List-Unsubscribe</c> (RFC 8058); names must be
/// valid header names, values plain text (encoded by MimeKit as needed).</param>
public sealed record OutgoingMessage(
    string To,
    string Subject,
    string TextBody,
    string? HtmlBody = null,
    string? ToName = null,
    string Category = "general",
    string? CorrelationId = null,
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null);

/// <summary>The outbox for e-mail. A queued message is stored in the database before this returns, inside the caller's
/// shared transaction when there is one, and is delivered over SMTP in the background with retries.</summary>
public interface IMailQueue
{
    Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default);
}
