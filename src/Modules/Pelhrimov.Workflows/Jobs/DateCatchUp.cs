using Pelhrimov.Core.Formatting;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Jobs;

/// <summary>
/// Which days a run of <see cref="DateTriggerJob"/> checks for one date workflow, and which of them still deserve their
/// reminder. The cursor is the workflow's <see cref="Workflow.NextFireUtc"/> (unused by date triggers otherwise): the
/// start, in Prague, of the last day checked. A run checks from that day (again: items may arrive after the morning run)
/// to today, but never from before the workflow was last switched on, and at most <see cref="MaxDays"/> days back.
/// </summary>
public static class DateCatchUp
{
    /// <summary>Days back a run catches up at most; a site down longer starts only what the rule still allows from then on.</summary>
    public const int MaxDays = 31;

    public static IEnumerable<DateOnly> DaysToCheck(Workflow workflow, DateOnly today)
    {
        var enabled = workflow.EnabledSinceUtc is { } since ? LocalDay(since) : today;
        var from = workflow.NextFireUtc is { } cursor ? LocalDay(cursor) : enabled;
        from = new[] { from, enabled, today.AddDays(-MaxDays) }.Max();
        for (var day = from < today ? from : today; day <= today; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    /// <summary>
    /// Whether the reminder of a missed day still goes out today: one after the date (overdue) always — the source lists
    /// only what is still unpaid —, one before or on the date only while the date is today or later (a "due in 14 days"
    /// for something already overdue would be stale; the overdue workflows speak for it).
    /// </summary>
    public static bool StillDue(DateOnly day, int daysBefore, DateOnly today) =>
        day >= today || daysBefore < 0 || day.AddDays(daysBefore) >= today;

    /// <summary>The cursor stored after a run on <paramref name="today"/>.</summary>
    public static DateTime Cursor(DateOnly today) => CzechFormat.ToUtc(today.ToDateTime(TimeOnly.MinValue));

    private static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(CzechFormat.ToLocal(utc));
}
