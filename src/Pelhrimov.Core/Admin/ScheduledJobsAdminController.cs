using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Core.Admin;

/// <summary><c>/admin/planovane-ulohy</c>: the scheduled jobs of every module, their next and last runs and failures.</summary>
[Route("admin/planovane-ulohy")]
[AuthorizePermission("Core.ViewScheduledJobs")]
public sealed class ScheduledJobsAdminController(ScheduledJobsOverview overview) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await overview.ListAsync(cancellationToken));
}
