using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Pelhrimov.Core.Scheduling;

/// <summary>
/// The one Quartz job type the store knows: it runs the <see cref="IScheduledJob"/> registered under the job's name,
/// in a scope of its own. The store keeps only this type and the name, so a module may rename its job class freely.
/// </summary>
/// <remarks>Concurrency is disallowed per job: a run that outlasts its interval delays the next instead of overlapping it,
/// on this node and on every other.</remarks>
[DisallowConcurrentExecution]
public sealed class ScheduledJobRunner(IServiceScopeFactory scopes, IEnumerable<ScheduledJob> jobs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var name = context.JobDetail.Key.Name;
        var job = jobs.FirstOrDefault(j => j.Name == name)
            ?? throw new InvalidOperationException($"Scheduled job '{name}' is not registered on this node (is it running an older or newer version?).");
        await using var scope = scopes.CreateAsyncScope();
        var work = (IScheduledJob)scope.ServiceProvider.GetRequiredService(job.JobType);
        var started = context.FireTimeUtc.UtcDateTime;
        await work.RunAsync(new ScheduledRun(name, context.ScheduledFireTimeUtc?.UtcDateTime ?? started, started), cancellationToken);
    }
}
