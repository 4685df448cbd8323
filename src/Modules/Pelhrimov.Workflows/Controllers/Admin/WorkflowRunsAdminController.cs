using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Controllers.Admin;

/// <summary>A page of runs, optionally of one workflow.</summary>
public sealed record RunListPage(IReadOnlyList<(WorkflowInstance Instance, string Workflow)> Rows, Guid? WorkflowId, int Page, int Pages, int Total);

/// <summary>A run with a page of its execution log.</summary>
public sealed record RunPage(WorkflowInstance Instance, string Workflow, IReadOnlyList<StepLog> Log, int Page, int Pages);

/// <summary><c>/admin/workflows/behy</c>: the runs, newest first, and each run's execution log, both paged.</summary>
[Route("admin/workflows/behy")]
[AuthorizePermission(Permissions.ManageName)]
public sealed class WorkflowRunsAdminController(WorkflowsDbContext db) : AdminController
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? postup, int strana = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Instances.AsNoTracking();
        if (postup is { } workflowId)
        {
            query = query.Where(i => i.WorkflowId == workflowId);
        }
        var total = await query.CountAsync(cancellationToken);
        strana = Paging.Clamp(strana, total, PageSize);
        var rows = await query.OrderByDescending(i => i.CreatedUtc).ThenBy(i => i.Id)
            .Skip((strana - 1) * PageSize).Take(PageSize)
            .Join(db.Workflows, i => i.WorkflowId, w => w.Id, (i, w) => new { i, w.Name })
            .ToListAsync(cancellationToken);
        return View(new RunListPage([.. rows.Select(r => (r.i, r.Name))], postup, strana, Paging.PageCount(total, PageSize), total));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Detail(Guid id, int strana = 1, CancellationToken cancellationToken = default)
    {
        if (await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } instance)
        {
            return NotFound();
        }
        var name = await db.Workflows.Where(w => w.Id == instance.WorkflowId).Select(w => w.Name).SingleAsync(cancellationToken);
        var total = await db.Steps.CountAsync(s => s.InstanceId == id, cancellationToken);
        strana = Paging.Clamp(strana, total, PageSize);
        var log = await db.Steps.AsNoTracking().Where(s => s.InstanceId == id).OrderBy(s => s.Id)
            .Skip((strana - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new RunPage(instance, name, log, strana, Paging.PageCount(total, PageSize)));
    }
}

/// <summary>The dashboard's "Pracovní postupy": runs and failures of the last 7 days by status.</summary>
[ViewComponent(Name = Name)]
public sealed class WorkflowsDashboardViewComponent(WorkflowsDbContext db, TimeProvider clock) : ViewComponent
{
    public const string Name = "WorkflowsDashboard";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        var counts = await db.Instances.AsNoTracking().Where(i => i.CreatedUtc >= since)
            .GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(HttpContext.RequestAborted);
        return View(Enum.GetValues<InstanceStatus>().Select(s => (s, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0)).ToList());
    }
}
