using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Engine;

namespace Pelhrimov.Workflows.Jobs;

/// <summary>
/// Once per fire time across the nodes: starts the schedule (cron) workflows that are due (one instance per workflow and
/// fire time), then runs the instances that are due — after a wait, a retry, or a restart that left them unfinished.
/// </summary>
public sealed class ResumeJob(WorkflowsDbContext db, WorkflowStarter starter, InstanceRunner runner, TimeProvider clock) : IScheduledJob
{
    public const string Name = "workflows.resume";
    public const string Title = "Pracovní postupy: plánované spuštění, pokračování po čekání a opakování kroků";
    public static readonly JobSchedule Schedule = JobSchedule.Every(TimeSpan.FromSeconds(30));

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Workflows.AsNoTracking()
            .Where(w => w.Enabled && w.TriggerKey == WorkflowVersion.ScheduleTrigger && w.NextFireUtc != null && w.NextFireUtc <= now)
            .ToListAsync(cancellationToken);
        foreach (var workflow in due)
        {
            var fire = workflow.NextFireUtc!.Value;
            var cron = await db.Versions.AsNoTracking().Where(v => v.WorkflowId == workflow.Id && v.Number == workflow.CurrentVersion)
                .Select(v => v.Cron).SingleAsync(cancellationToken);
            var next = NextFire(cron, now);
            // Moving the fire time on is the claim: a second run that read the same time changes nothing and starts nothing.
            if (await db.Workflows.Where(w => w.Id == workflow.Id && w.NextFireUtc == fire)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.NextFireUtc, next), cancellationToken) == 1)
            {
                var data = new WorkflowEventData(new Dictionary<string, string?> { ["firedAt"] = CzechFormat.DateAndTime(fire) }, []);
                await starter.StartAsync([workflow], "cron:" + fire.ToString("O"), data, "", null, cancellationToken);
            }
        }
        foreach (var id in await InstanceRunner.DueAsync(db, now, cancellationToken))
        {
            await runner.RunAsync(id, cancellationToken);
        }
    }

    /// <summary>The next fire time of a Quartz cron expression (Prague time) after <paramref name="afterUtc"/>; null when none or invalid.</summary>
    public static DateTime? NextFire(string? cron, DateTime afterUtc)
    {
        if (cron is null || !Quartz.CronExpression.TryParse(cron, out _))
        {
            return null;
        }
        var expression = new Quartz.CronExpression(cron, CzechFormat.TimeZone);
        return expression.GetNextValidTimeAfter(new DateTimeOffset(afterUtc, TimeSpan.Zero))?.UtcDateTime;
    }
}
