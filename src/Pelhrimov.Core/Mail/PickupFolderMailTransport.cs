using Microsoft.Extensions.Logging;
using MimeKit;

namespace Pelhrimov.Core.Mail;

/// <summary>Writes each message as an <c>.eml</c> file into the pickup folder instead of sending it (no <c>Smtp:Host</c>).</summary>
/// <remarks>Lets a developer open the e-mails the site would send in any mail client, with no server to set up.</remarks>
public sealed class PickupFolderMailTransport(string folder, ILogger logger) : IMailTransport
{
    public async Task SendAsync(OutgoingMail row, MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{row.CreatedUtc:yyyyMMdd-HHmmss}-{row.Id}.eml");
        // Written aside and moved, so that whoever watches the folder never opens half a message.
        var partial = path + ".part";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        logger.LogInformation("E-mail {MailId} to {To} written to {Path} (no Smtp:Host is configured).", row.Id, row.To, path);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
