namespace Pelhrimov.Core.Scheduling;

/// <summary>
/// Work that runs on a schedule, once per fire time across every node of the site (docs/adr/0022-clustered-scheduler.md).
/// Register it with <see cref="ScheduledJobRegistration.AddScheduledJob{TJob}"/>; it is resolved in a scope of its own
/// for each run. Throwing marks the run as failed on the admin page "Plánované úlohy"; the next fire time still comes.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(ScheduledRun run, CancellationToken cancellationToken);
}

/// <summary>One run of a scheduled job: the fire time it was scheduled for (UTC) and when it actually started.</summary>
/// <remarks>A run after a misfire (the site was down) starts later than it was scheduled for.</remarks>
public sealed record ScheduledRun(string JobName, DateTime ScheduledUtc, DateTime StartedUtc);
