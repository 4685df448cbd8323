using System.Globalization;

namespace Pelhrimov.Core.Scheduling;

/// <summary>What happens to fire times that passed while no node of the site was running.</summary>
public enum MisfirePolicy
{
    /// <summary>Run once as soon as a node is up again, however many fire times were missed; then go on as scheduled.</summary>
    FireOnceNow,

    /// <summary>Forget the missed fire times and wait for the next one.</summary>
    Skip,
}

/// <summary>When a scheduled job runs: a fixed interval or a Quartz cron expression (with seconds), in Prague time.</summary>
public sealed record JobSchedule
{
    private JobSchedule(TimeSpan? interval, string? cron, string? description, MisfirePolicy misfire)
    {
        Interval = interval;
        Cron = cron;
        _description = description;
        Misfire = misfire;
    }

    private readonly string? _description;

    /// <summary>The interval of an interval schedule; its first run is at once when the job is first scheduled.</summary>
    public TimeSpan? Interval { get; }

    /// <summary>The cron expression (<c>sec min hour day month weekday</c>, Quartz syntax) of a cron schedule.</summary>
    public string? Cron { get; }

    public MisfirePolicy Misfire { get; }

    public static JobSchedule Every(TimeSpan interval, MisfirePolicy misfire = MisfirePolicy.FireOnceNow) =>
        interval > TimeSpan.Zero ? new(interval, null, null, misfire) : throw new ArgumentOutOfRangeException(nameof(interval), "A schedule's interval must be positive.");

    /// <param name="cron">Quartz syntax, e.g. <c>0 * * * * ?</c> for the start of every minute.</param>
    /// <param name="description">The schedule in Czech for the admin page ("každou minutu"); the expression itself when null.</param>
    /// <param name="misfire">What to do with fire times missed while the site was down.</param>
    public static JobSchedule CronExpression(string cron, string? description = null, MisfirePolicy misfire = MisfirePolicy.FireOnceNow) =>
        Quartz.CronExpression.TryParse(cron, out _) ? new(null, cron, description, misfire) : throw new ArgumentException($"'{cron}' is not a valid Quartz cron expression.", nameof(cron));

    /// <summary>Stable text of the schedule: stored with the trigger, so that a changed schedule replaces the stored one.</summary>
    public string Fingerprint => (Interval is { } every ? "every " + every.ToString("c", CultureInfo.InvariantCulture) : "cron " + Cron) + "; misfire " + Misfire;

    /// <summary>The schedule in Czech for the admin page.</summary>
    public string Describe() => Interval is { } every ? "každých " + CzechDuration(every) : _description ?? "podle výrazu cron " + Cron;

    private static string CzechDuration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays % 1 == 0 => $"{span.TotalDays:0} d",
        { TotalHours: >= 1 } when span.TotalHours % 1 == 0 => $"{span.TotalHours:0} h",
        { TotalMinutes: >= 1 } when span.TotalMinutes % 1 == 0 => $"{span.TotalMinutes:0} min",
        _ => $"{span.TotalSeconds.ToString("0.###", CultureInfo.GetCultureInfo("cs-CZ"))} s",
    };
}
