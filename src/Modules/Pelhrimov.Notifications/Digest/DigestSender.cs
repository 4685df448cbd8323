using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Sending;
using Pelhrimov.Notifications.Unsubscribe;

namespace Pelhrimov.Notifications.Digest;

/// <summary>
/// Sends the digests that are due: per citizen one e-mail listing every message that waited for it. The messages are
/// claimed with a conditional UPDATE (digest id set where none is) in the same transaction as the digest's outbox row,
/// so a digest goes out exactly once even when two nodes run this at the same time (ADR 0048).
/// </summary>
public sealed class DigestSender(NotificationsDbContext db, CoreDbContext core, NotificationMail mail)
{
    public const string MailCategory = NotificationMail.CategoryPrefix + "digest";

    private const int AccountsPerPass = 200;

    // Keeps Czech letters as they are (WebUtility.HtmlEncode would write "á" as "&#225;").
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Sends every digest due at <paramref name="nowUtc"/>; returns how many digest e-mails were queued.</summary>
    public async Task<int> SendDueAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var queued = 0;
        while (true)
        {
            var accounts = await Due(nowUtc).Select(m => m.AccountId!.Value).Distinct().OrderBy(id => id).Take(AccountsPerPass).ToListAsync(cancellationToken);
            foreach (var accountId in accounts)
            {
                queued += await SendAsync(accountId, nowUtc, cancellationToken) ? 1 : 0;
            }
            if (accounts.Count < AccountsPerPass)
            {
                return queued;
            }
        }
    }

    private IQueryable<NotificationMessage> Due(DateTime nowUtc) => db.Messages.Where(m =>
        m.Channel == NotificationChannel.Email && m.DigestId == null && m.DigestDueUtc != null && m.DigestDueUtc <= nowUtc && m.AccountId != null);

    private Task<bool> SendAsync(Guid accountId, DateTime nowUtc, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var digestId = Guid.NewGuid();
            var claimed = await Due(nowUtc).Where(m => m.AccountId == accountId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DigestId, digestId), cancellationToken);
            if (claimed == 0)
            {
                return false;   // another node took them first
            }
            var items = await db.Messages.AsNoTracking().Where(m => m.DigestId == digestId).OrderBy(m => m.CreatedUtc).ToListAsync(cancellationToken);
            var latest = items[^1];
            var (subject, text, html) = Compose(items);
            await mail.EnqueueAsync(latest.Address!, latest.RecipientName, subject, text, html, MailCategory, digestId.ToString("N"),
                UnsubscribeTarget.Citizen(accountId, UnsubscribeTokens.AllKinds), cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>The digest's subject, text and HTML: the messages in order, each with its time, subject and text.</summary>
    public static (string Subject, string Text, string Html) Compose(IReadOnlyList<NotificationMessage> items)
    {
        var subject = $"Souhrn oznámení z portálu občana ({items.Count})";
        var text = new StringBuilder("Dobrý den,\n\nposíláme souhrn oznámení, která jste si nastavili dostávat najednou.\n");
        var html = new StringBuilder("<p>Dobrý den,</p>\n<p>posíláme souhrn oznámení, která jste si nastavili dostávat najednou.</p>\n");
        foreach (var item in items)
        {
            var when = CzechFormat.DateAndTime(item.CreatedUtc);
            text.Append("\n== ").Append(item.Subject).Append(" (").Append(when).Append(") ==\n").Append(item.TextBody.Trim()).Append('\n');
            html.Append("<h2>").Append(Html.Encode(item.Subject)).Append("</h2>\n<p><small>").Append(when).Append("</small></p>\n")
                .Append(item.HtmlBody ?? "<pre>" + Html.Encode(item.TextBody) + "</pre>").Append('\n');
        }
        return (subject, text.ToString(), html.ToString());
    }
}

/// <summary>Every 15 minutes, on one node: sends the daily and weekly digests that are due.</summary>
public sealed class DigestJob(DigestSender digests, TimeProvider clock) : IScheduledJob
{
    public const string Name = "notifications.digests";

    public Task RunAsync(ScheduledRun run, CancellationToken cancellationToken) => digests.SendDueAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
}
