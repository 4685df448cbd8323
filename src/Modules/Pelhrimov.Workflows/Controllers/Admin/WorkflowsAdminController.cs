using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Editing;
using Pelhrimov.Workflows.Engine;

namespace Pelhrimov.Workflows.Controllers.Admin;

/// <summary>The editor's choices: triggers, actions, notification kinds.</summary>
public sealed record EditorChoices(WorkflowTriggers Triggers, WorkflowActions Actions, NotificationKinds Kinds);

/// <summary>The editor page: the workflow (null: a new one), the form, its versions, and a try-run's result.</summary>
public sealed record WorkflowEditPage(Workflow? Workflow, WorkflowInput Form, IReadOnlyList<WorkflowVersion> Versions, EditorChoices Choices, TryRunResult? Tried = null);

/// <summary>A row of the list: the workflow, its runs and failures in the last 30 days.</summary>
public sealed record WorkflowRow(Workflow Workflow, string Trigger, int Runs, int Failures);

/// <summary><c>/admin/workflows</c>: the list, the form editor (new versions), enabling, versions and the try-run.</summary>
[Route("admin/workflows")]
[AuthorizePermission(Permissions.ManageName)]
public sealed class WorkflowsAdminController(WorkflowsDbContext db, WorkflowEditor editor, TryRun tryRun, EditorChoices choices, TimeProvider clock) : AdminController
{
    public const string Base = "/admin/workflows";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var workflows = await db.Workflows.AsNoTracking().OrderBy(w => w.Name).ToListAsync(cancellationToken);
        var counts = await db.Instances.AsNoTracking().Where(i => i.CreatedUtc >= since)
            .GroupBy(i => i.WorkflowId)
            .Select(g => new { g.Key, Runs = g.Count(), Failures = g.Count(i => i.Status == InstanceStatus.Failed || i.Status == InstanceStatus.Stopped) })
            .ToListAsync(cancellationToken);
        return View(workflows.Select(w => new WorkflowRow(w, TriggerTitle(w.TriggerKey),
            counts.FirstOrDefault(c => c.Key == w.Id)?.Runs ?? 0, counts.FirstOrDefault(c => c.Key == w.Id)?.Failures ?? 0)).ToList());
    }

    [HttpGet("novy")]
    public IActionResult New() => View("Edit", new WorkflowEditPage(null, new WorkflowInput(), [], choices));

    [HttpPost("novy")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Create(WorkflowInput input, string? command, string? newAction, CancellationToken cancellationToken) =>
        SaveAsync(null, input, command, newAction, cancellationToken);

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Workflows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } workflow)
        {
            return NotFound();
        }
        var versions = await VersionsAsync(id, cancellationToken);
        return View(new WorkflowEditPage(workflow, WorkflowInput.From(versions[0]), versions, choices));
    }

    [HttpPost("{id:guid}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Update(Guid id, WorkflowInput input, string? command, string? newAction, CancellationToken cancellationToken) =>
        SaveAsync(id, input, command, newAction, cancellationToken);

    [HttpGet("{id:guid}/verze/{number:int}")]
    public async Task<IActionResult> Version(Guid id, int number, CancellationToken cancellationToken) =>
        await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.WorkflowId == id && v.Number == number, cancellationToken) is { } version
            ? View(new WorkflowEditPage(null, WorkflowInput.From(version), [version], choices))
            : NotFound();

    [HttpPost("{id:guid}/zapnout")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(Guid id, CancellationToken cancellationToken) => SwitchAsync(id, true, "Pracovní postup je zapnutý.", cancellationToken);

    [HttpPost("{id:guid}/vypnout")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(Guid id, CancellationToken cancellationToken) => SwitchAsync(id, false, "Pracovní postup je vypnutý.", cancellationToken);

    /// <summary>"Vyzkoušet": the current version over the trigger's sample data, in dry-run mode (nothing is sent).</summary>
    [HttpPost("{id:guid}/vyzkouset")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Try(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Workflows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } workflow)
        {
            return NotFound();
        }
        var versions = await VersionsAsync(id, cancellationToken);
        var tried = await tryRun.RunAsync(versions[0], cancellationToken);
        return View("Edit", new WorkflowEditPage(workflow, WorkflowInput.From(versions[0]), versions, choices, tried));
    }

    private async Task<IActionResult> SaveAsync(Guid? id, WorkflowInput input, string? command, string? newAction, CancellationToken cancellationToken)
    {
        var workflow = id is { } existing ? await db.Workflows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == existing, cancellationToken) : null;
        if (id is not null && workflow is null)
        {
            return NotFound();
        }
        var versions = id is { } known ? await VersionsAsync(known, cancellationToken) : [];
        ModelState.Clear();
        if (command == "add-condition" || command == "add-step")
        {
            if (command == "add-condition")
            {
                input.Conditions.Add(new ConditionInput());
            }
            else if (choices.Actions.Find(newAction) is not null)
            {
                input.Steps.Add(new StepInput { Action = newAction });
            }
            input.Steps.RemoveAll(s => s.Remove);
            return View("Edit", new WorkflowEditPage(workflow, input, versions, choices));
        }
        var errors = editor.Validate(input);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(field, message);
            }
            return View("Edit", new WorkflowEditPage(workflow, input, versions, choices));
        }
        var saved = await editor.SaveAsync(id, input, User.Identity?.Name ?? "?", cancellationToken);
        Flash(id is null ? "Pracovní postup je uložený (vypnutý; zapněte ho, až ho vyzkoušíte)." : "Uloženo jako nová verze; rozběhnuté běhy doběhnou podle své verze.");
        return Redirect($"{Base}/{saved}");
    }

    private async Task<IActionResult> SwitchAsync(Guid id, bool enabled, string message, CancellationToken cancellationToken)
    {
        if (!await editor.SetEnabledAsync(id, enabled, cancellationToken))
        {
            return NotFound();
        }
        Flash(message);
        return Redirect($"{Base}/{id}");
    }

    private Task<List<WorkflowVersion>> VersionsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().Where(v => v.WorkflowId == id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    private string TriggerTitle(string key) =>
        key == WorkflowVersion.ScheduleTrigger ? "Podle plánu (cron)" : choices.Triggers.Find(key)?.Title ?? key;
}
