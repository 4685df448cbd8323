using Quartz;

namespace Pelhrimov.Core.Scheduling;

/// <summary>Puts the registered jobs and their triggers into Quartz's store, keeping fire times a node already stored.</summary>
internal static class ScheduledJobStore
{
    /// <summary>
    /// Stores each job and, unless the store already has its trigger with the same schedule, its trigger. Keeping an
    /// unchanged trigger is what lets a fire time missed while the site was down be seen as missed after a restart;
    /// every node does this at its start, so several nodes starting at once agree (the first stores, the others keep).
    /// Jobs of the portal's group that no module registers any more are deleted.
    /// </summary>
    public static async Task StoreAsync(IScheduler scheduler, IReadOnlyList<(ScheduledJob Job, JobSchedule Schedule)> jobs, CancellationToken cancellationToken)
    {
        foreach (var (job, schedule) in jobs)
        {
            var jobKey = new JobKey(job.Name, PortalScheduler.JobGroup);
            var detail = JobBuilder.Create<ScheduledJobRunner>().WithIdentity(jobKey).WithDescription(job.Title).StoreDurably().Build();
            await scheduler.AddJob(detail, new AddJobOptions { Replace = true }, cancellationToken);

            var triggerKey = new TriggerKey(job.Name, PortalScheduler.JobGroup);
            var stored = await scheduler.GetTrigger(triggerKey, cancellationToken);
            var trigger = TriggerBuilder.Create()
                .WithIdentity(triggerKey)
                .ForJob(jobKey)
                .WithDescription(schedule.Fingerprint)
                .StartNow()
                .WithSchedule(QuartzSchedule(schedule))
                .Build();
            await scheduler.ScheduleTrigger(trigger, stored?.Description == schedule.Fingerprint ? TriggerConflict.Keep : TriggerConflict.Replace, cancellationToken);
        }

        var registered = jobs.Select(j => j.Job.Name).ToHashSet();
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken);
        foreach (var stale in keys.Where(k => k.Group == PortalScheduler.JobGroup && !registered.Contains(k.Name)))
        {
            await scheduler.DeleteJob(stale, cancellationToken);
        }
    }

    private static IScheduleBuilder QuartzSchedule(JobSchedule schedule) => schedule.Interval is { } interval
        ? SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(schedule.Misfire == MisfirePolicy.FireOnceNow
            ? SimpleTriggerMisfireInstruction.NowWithExistingCount
            : SimpleTriggerMisfireInstruction.NextWithRemainingCount)
        : CronScheduleBuilder.Create(schedule.Cron!).InTimeZone(Formatting.CzechFormat.TimeZone).WithMisfireInstruction(schedule.Misfire == MisfirePolicy.FireOnceNow
            ? CronTriggerMisfireInstruction.FireAndProceed
            : CronTriggerMisfireInstruction.DoNothing);
}
