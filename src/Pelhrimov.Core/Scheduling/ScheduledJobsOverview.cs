using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;

namespace Pelhrimov.Core.Scheduling;

/// <summary>One registered job as the admin page shows it; times in UTC, null when there is none.</summary>
public sealed record ScheduledJobRow(
    string Name,
    string Title,
    string Schedule,
    DateTime? NextRunUtc,
    DateTime? LastRunUtc,
    JobRunResult? LastResult,
    DateTime? LastFailureUtc,
    string? LastFailureMessage,
    long Runs,
    long Failures);

/// <summary>
/// Reads the registered jobs' next fire times from Quartz's store and their last runs and failures from its run
/// history (every node writes it, so the page shows the whole cluster's runs whichever node serves it).
/// </summary>
public sealed class ScheduledJobsOverview(IServiceProvider services, IEnumerable<ScheduledJob> jobs, IConfiguration configuration)
{
    public async Task<IReadOnlyList<ScheduledJobRow>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = services.GetRequiredKeyedService<IScheduler>(PortalScheduler.SchedulerName);
        // Asking the scheduler anything builds it (on a node whose scheduler has not started yet, without starting it);
        // the run history reads the store the scheduler set up.
        var name = (await scheduler.GetMetadata(cancellationToken)).SchedulerName;
        var history = services.GetRequiredKeyedService<IExecutionHistoryStore>(PortalScheduler.SchedulerName);
        var rows = new List<ScheduledJobRow>();
        foreach (var job in jobs.OrderBy(j => j.Title, StringComparer.Create(Formatting.CzechFormat.Culture, false)))
        {
            var trigger = await scheduler.GetTrigger(new TriggerKey(job.Name, PortalScheduler.JobGroup), cancellationToken);
            var status = await history.GetJobRunStatus(name, new JobKey(job.Name, PortalScheduler.JobGroup), cancellationToken);
            rows.Add(new ScheduledJobRow(
                job.Name,
                job.Title,
                SchedulerOptions.Effective(configuration, job).Describe(),
                trigger?.NextFireTimeUtc?.UtcDateTime,
                (status?.LastFiredAtUtc ?? trigger?.PreviousFireTimeUtc)?.UtcDateTime,
                status?.LastResult,
                status?.LastFailedAtUtc?.UtcDateTime,
                status?.LastFailureMessage,
                status?.RunCount ?? 0,
                status?.FailureCount ?? 0));
        }
        return rows;
    }
}
