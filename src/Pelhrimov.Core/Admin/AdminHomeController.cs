using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Core.Admin;

/// <summary><c>/admin</c>: tiles for what the signed-in user may do, the dashboard sections of the modules present, and the latest changes.</summary>
public sealed class AdminHomeController(IEnumerable<IAdminMenuProvider> menus, IEnumerable<IAdminDashboardProvider> dashboards, CoreDbContext db) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var tiles = menus.SelectMany(m => m.GetItems())
            .Where(i => i.Url != "/admin" && (i.Permission is null || PermissionPolicies.HasPermission(User, i.Permission)))
            .OrderBy(i => i.Order).ToList();
        var recent = PermissionPolicies.HasPermission(User, CorePermissions.ViewAuditLog.Name)
            ? await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(10).ToListAsync(cancellationToken)
            : [];
        ViewData["Recent"] = recent;
        ViewData["Sections"] = dashboards.SelectMany(d => d.GetSections())
            .Where(s => s.Permission is null || PermissionPolicies.HasPermission(User, s.Permission))
            .OrderBy(s => s.Order).ToList();
        return View(tiles);
    }
}
