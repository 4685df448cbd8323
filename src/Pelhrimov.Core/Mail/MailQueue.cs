using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Mail;

/// <summary>Stores queued e-mail in the outbox table through <see cref="CoreDbContext"/>.</summary>
/// <remarks>
/// When the core context takes part in a shared transaction (<see cref="SharedTransaction"/> with the core context
/// among the contexts), the row is part of it: a rolled-back change never sends mail, a committed one always does.
/// Saving also stores anything else pending in the core context (audit entries), as <c>IAuditLog.RecordAsync</c> does.
/// </remarks>
public sealed class MailQueue(CoreDbContext db, MailDeliverySignal signal, IOptions<SmtpOptions> options, TimeProvider clock) : IMailQueue
{
    public async Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var to = message.To.Trim();
        if (!MailboxAddress.TryParse(to, out var address) || address.Address != to || !to.Contains('@'))
        {
            throw new ArgumentException($"'{message.To}' is not an e-mail address.", nameof(message));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutgoingMail.Add(new OutgoingMail
        {
            To = to,
            ToName = string.IsNullOrWhiteSpace(message.ToName) ? null : message.ToName.Trim(),
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Category = message.Category,
            CorrelationId = message.CorrelationId,
            Headers = ExtraHeaders.Join(message.Headers),
            MessageId = MimeUtils.GenerateMessageId(MessageIdDomain()),
            CreatedUtc = now,
            NextAttemptUtc = now,
            Status = MailStatus.Pending,
        });
        await db.SaveChangesAsync(cancellationToken);
        // Before the commit another connection cannot see the row; waking the worker then would find nothing.
        AfterCommit.Run(db.Database.CurrentTransaction?.GetDbTransaction(), signal.Notify);
    }

    private string MessageIdDomain() =>
        options.Value.From is { } from && from.LastIndexOf('@') is var at and > 0 && at < from.Length - 1
            ? from[(at + 1)..].Trim()
            : "pelhrimov.portal";
}
