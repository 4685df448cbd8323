using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Pelhrimov.Core.Scheduling;

/// <summary>The <c>Scheduler</c> configuration section; the defaults suit production, tests shorten the intervals.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>False: this node runs no scheduled work (the jobs still run on the other nodes).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a node tells the cluster it is alive; a node silent for longer has its running jobs recovered.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How late a fire time may be before it counts as missed and the job's misfire policy decides.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a node waits before it asks the store again when no fire time is near.</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the run history (the admin page's last runs and failures) is kept.</summary>
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The schedule of job <paramref name="job"/> after the overrides in <c>Scheduler:Jobs:&lt;name&gt;</c>.</summary>
    public static JobSchedule Effective(IConfiguration configuration, ScheduledJob job)
    {
        var overrides = configuration.GetSection($"{Section}:Jobs:{job.Name}");
        if (overrides["Interval"] is { Length: > 0 } interval)
        {
            return JobSchedule.Every(TimeSpan.Parse(interval, CultureInfo.InvariantCulture), job.Schedule.Misfire);
        }
        if (overrides["Cron"] is { Length: > 0 } cron)
        {
            return JobSchedule.CronExpression(cron, misfire: job.Schedule.Misfire);
        }
        return job.Schedule;
    }
}
