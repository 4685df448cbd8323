using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Engine;

namespace Pelhrimov.Workflows.Jobs;

/// <summary>
/// Every morning, once across the nodes: for each enabled date workflow ("receivable due in 14 days") asks the trigger's
/// source for the items dated today plus the workflow's offset, and starts one instance per workflow, item and date.
/// Days no run checked (the site was down) are caught up from the workflow's cursor by the rule of <see cref="DateCatchUp"/>;
/// the unique instance per workflow, item and date keeps every reminder to one however often a day is checked.
/// </summary>
public sealed class DateTriggerJob(WorkflowsDbContext db, WorkflowTriggers triggers, WorkflowStarter starter, IServiceProvider services, TimeProvider clock) : IScheduledJob
{
    public const string Name = "workflows.dates";
    public const string Title = "Pracovní postupy: spouštěče podle data (splatnost)";
    public static readonly JobSchedule Schedule = JobSchedule.CronExpression("0 0 7 * * ?", "každý den v 7:00");

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var today = CzechFormat.Today(clock);
        var dateKeys = triggers.All.Where(t => t.Kind == WorkflowTriggerKind.Date).Select(t => t.Key).ToList();
        var workflows = await db.Workflows.AsNoTracking().Where(w => w.Enabled && dateKeys.Contains(w.TriggerKey)).ToListAsync(cancellationToken);
        foreach (var workflow in workflows)
        {
            var days = await db.Versions.AsNoTracking().Where(v => v.WorkflowId == workflow.Id && v.Number == workflow.CurrentVersion)
                .Select(v => v.TriggerDays).SingleAsync(cancellationToken);
            var source = (IWorkflowDateSource)services.GetRequiredService(triggers.Find(workflow.TriggerKey)!.SourceType!);
            foreach (var day in DateCatchUp.DaysToCheck(workflow, today).Where(d => DateCatchUp.StillDue(d, days, today)))
            {
                foreach (var item in await source.ListAsync(day.AddDays(days), cancellationToken))
                {
                    await starter.StartAsync([workflow], "date:" + item.Key, item.Data, "", null, cancellationToken);
                }
            }
            var cursor = DateCatchUp.Cursor(today);
            await db.Workflows.Where(w => w.Id == workflow.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.NextFireUtc, cursor), cancellationToken);
        }
    }
}
