using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Core.Admin;

/// <summary><c>/admin/posta</c>: outgoing e-mail, newest first, with its delivery status; failed messages can be sent again.</summary>
[Route("admin/posta")]
[AuthorizePermission("Core.ManageMail")]
public sealed class MailAdminController(CoreDbContext db, IAuditLog audit, MailDeliverySignal signal, TimeProvider clock) : AdminController
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? stav, int strana = 1, CancellationToken cancellationToken = default)
    {
        var status = MailStatusLabels.FromSlug(stav);
        var query = db.OutgoingMail.AsNoTracking();
        if (status is { } only)
        {
            query = query.Where(m => m.Status == only);
        }
        var total = await query.CountAsync(cancellationToken);
        strana = Paging.Clamp(strana, total, PageSize);
        var rows = await query.OrderByDescending(m => m.Id).Skip((strana - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new MailListModel(rows, status, strana, Paging.PageCount(total, PageSize), total));
    }

    [HttpPost("{id:long}/odeslat-znovu")]
    public async Task<IActionResult> Resend(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // One more attempt: a message that fails again goes straight back to Failed (its attempts are kept).
        var changed = await db.OutgoingMail.Where(m => m.Id == id && m.Status == MailStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Pending).SetProperty(m => m.NextAttemptUtc, now), cancellationToken);
        if (changed == 0)
        {
            Flash("Tento e-mail nelze odeslat znovu: neexistuje nebo nečeká na nové odeslání.");
            return Redirect("/admin/posta");
        }
        var to = await db.OutgoingMail.Where(m => m.Id == id).Select(m => m.To).FirstAsync(cancellationToken);
        await audit.RecordAsync(CoreAuditActions.MailResent, nameof(OutgoingMail), id.ToString(CultureInfo.InvariantCulture), $"E-mail pro {to} zařazen k novému odeslání.", cancellationToken: cancellationToken);
        signal.Notify();
        Flash($"E-mail pro {to} bude znovu odeslán.");
        return Redirect("/admin/posta");
    }
}

/// <summary>A page of the outgoing mail list.</summary>
public sealed record MailListModel(IReadOnlyList<OutgoingMail> Rows, MailStatus? Status, int Page, int Pages, int Total);
