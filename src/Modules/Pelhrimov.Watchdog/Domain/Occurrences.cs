namespace Pelhrimov.Watchdog.Domain;

/// <summary>
/// When an event happens and when its reminder is due. A yearly event happens on its day in every later year (29 February
/// on 28 February in other years); the occurrence that matters is the first one today or later. Its reminder is due
/// <see cref="WatchdogEvent.DaysBefore"/> days before; a reminder whose day was missed (the site was down, the event was
/// added late) is still sent as long as its date has not passed, never for a date that has.
/// </summary>
public static class Occurrences
{
    /// <summary>The first occurrence on or after <paramref name="today"/>; for a single date that passed, the date itself.</summary>
    public static DateOnly Next(DateOnly date, bool yearly, DateOnly today)
    {
        if (!yearly || date >= today)
        {
            return date;
        }
        var years = today.Year - date.Year;
        var next = date.AddYears(years);
        return next >= today ? next : date.AddYears(years + 1);
    }

    /// <summary>The occurrence after <paramref name="occurrence"/> of a yearly event first dated <paramref name="date"/>.</summary>
    public static DateOnly After(DateOnly date, DateOnly occurrence) => date.AddYears(occurrence.Year + 1 - date.Year);

    /// <summary>Sets the next occurrence and its reminder day for an event that was added or changed.</summary>
    public static void Schedule(WatchdogEvent e, DateOnly today)
    {
        var next = Next(e.Date, e.RepeatsYearly, today);
        e.NextOccurrence = next >= today ? next : null;
        e.RemindOn = e.NextOccurrence?.AddDays(-e.DaysBefore);
    }

    /// <summary>Moves the event past <paramref name="handled"/>: to next year's date, or to nothing left for a single date.</summary>
    public static void Advance(WatchdogEvent e, DateOnly handled)
    {
        e.NextOccurrence = e.RepeatsYearly ? After(e.Date, handled) : null;
        e.RemindOn = e.NextOccurrence?.AddDays(-e.DaysBefore);
    }
}
