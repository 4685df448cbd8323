using MimeKit;

namespace Pelhrimov.Core.Mail;

/// <summary>Hands messages to the outside world: an SMTP session (kept open across batches) or the pickup folder.</summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <summary>Sends one message; throws when it could not be sent.</summary>
    Task SendAsync(OutgoingMail row, MimeMessage message, CancellationToken cancellationToken);
}
