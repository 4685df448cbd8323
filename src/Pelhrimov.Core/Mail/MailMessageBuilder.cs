using MimeKit;

namespace Pelhrimov.Core.Mail;

/// <summary>The sender every message goes out from.</summary>
public sealed record MailSender(string Address, string Name);

/// <summary>Turns an outbox row into a MIME message: UTF-8 text, an optional HTML alternative, a stable Message-ID.</summary>
public static class MailMessageBuilder
{
    public static MimeMessage Build(OutgoingMail row, MailSender sender)
    {
        var message = new MimeMessage
        {
            Subject = row.Subject,
            MessageId = row.MessageId,
            Date = new DateTimeOffset(DateTime.SpecifyKind(row.CreatedUtc, DateTimeKind.Utc)),
            Body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(sender.Name, sender.Address));
        message.To.Add(new MailboxAddress(row.ToName ?? "", row.To));
        // Tells mail servers and clients not to answer it with out-of-office replies (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        foreach (var (name, value) in ExtraHeaders.Split(row.Headers))
        {
            message.Headers.Add(name, value);
        }
        return message;
    }
}
