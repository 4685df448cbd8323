using Pelhrimov.Core.Mail;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Unsubscribe;

namespace Pelhrimov.Notifications.Sending;

/// <summary>Queues a notification e-mail in the outbox, with the one-click unsubscribe link when it has one (RFC 8058).</summary>
public sealed class NotificationMail(IMailQueue mail, UnsubscribeLinks links)
{
    public const string CategoryPrefix = "notification:";

    /// <summary>Queues <paramref name="message"/>'s e-mail; <paramref name="unsubscribe"/> adds the headers and a footer line.</summary>
    public Task EnqueueAsync(NotificationMessage message, UnsubscribeTarget? unsubscribe, CancellationToken cancellationToken) =>
        EnqueueAsync(message.Address!, message.RecipientName, message.Subject, message.TextBody, message.HtmlBody,
            CategoryPrefix + message.TemplateKey, message.CorrelationId, unsubscribe, cancellationToken);

    public Task EnqueueAsync(string to, string? toName, string subject, string text, string? html, string category, string correlationId,
        UnsubscribeTarget? unsubscribe, CancellationToken cancellationToken)
    {
        IReadOnlyList<KeyValuePair<string, string>>? headers = null;
        if (unsubscribe is not null)
        {
            var url = links.Url(unsubscribe);
            headers = UnsubscribeLinks.Headers(url);
            text += UnsubscribeLinks.TextFooter(url);
            html = html is null ? null : html + UnsubscribeLinks.HtmlFooter(url);
        }
        return mail.EnqueueAsync(new OutgoingMessage(to, subject, text, html, toName, category, correlationId, headers), cancellationToken);
    }
}
