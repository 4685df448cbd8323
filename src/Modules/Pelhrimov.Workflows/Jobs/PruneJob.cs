using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Workflows.Data;

namespace Pelhrimov.Workflows.Jobs;

/// <summary>Deletes finished instances older than <c>Workflows:Retention</c> with their logs, in batches, once across the nodes.</summary>
public sealed class PruneJob(WorkflowsDbContext db, IOptions<WorkflowOptions> options, TimeProvider clock) : IScheduledJob
{
    public const string Name = "workflows.prune";
    public const string Title = "Pracovní postupy: mazání starých dokončených běhů";
    public static readonly JobSchedule Schedule = JobSchedule.CronExpression("0 40 3 * * ?", "každý den ve 3:40");

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        while (true)
        {
            var ids = await db.Instances.AsNoTracking().Where(i => i.FinishedUtc != null && i.FinishedUtc < before)
                .OrderBy(i => i.FinishedUtc).Select(i => i.Id).Take(500).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return;
            }
            await db.Steps.Where(s => ids.Contains(s.InstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.CausedEvents.Where(c => ids.Contains(c.InstanceId)).ExecuteDeleteAsync(cancellationToken);
            await db.Instances.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
