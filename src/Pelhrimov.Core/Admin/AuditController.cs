using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Core.Admin;

/// <summary><c>/admin/audit</c>: who changed what, newest first, filterable by user and action.</summary>
[Route("admin/audit")]
[AuthorizePermission("Core.ViewAuditLog")]
public sealed class AuditController(CoreDbContext db) : AdminController
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? kdo, string? akce, int strana = 1, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kdo))
        {
            query = query.Where(a => a.Actor.Contains(kdo.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(akce))
        {
            query = query.Where(a => a.Action.StartsWith(akce.Trim()));
        }
        var total = await query.CountAsync(cancellationToken);
        var pages = Paging.PageCount(total, PageSize);
        strana = Paging.Clamp(strana, total, PageSize);
        var entries = await query.OrderByDescending(a => a.Id).Skip((strana - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        ViewData["Who"] = kdo;
        ViewData["Action"] = akce;
        ViewData["Page"] = strana;
        ViewData["Pages"] = pages;
        return View(entries);
    }
}
