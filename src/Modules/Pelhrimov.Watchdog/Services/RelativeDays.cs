using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Watchdog.Services;

/// <summary>How far a date is from today in Czech words: "dnes", "zítra", "za 12 dní", "včera", "před 3 dny".</summary>
public static class RelativeDays
{
    private static readonly CzechPlural Days = new("den", "dny", "dní");

    private static readonly CzechPlural DaysAgo = new("dnem", "dny", "dny");

    public static string From(DateOnly today, DateOnly date) => (date.DayNumber - today.DayNumber) switch
    {
        0 => "dnes",
        1 => "zítra",
        -1 => "včera",
        > 1 and var days => "za " + Days.Count(days),
        var days => "před " + DaysAgo.Count(-days),
    };

    /// <summary>The reminder setting as the list shows it: "v den události", "1 den předem", "14 dní předem".</summary>
    public static string Reminder(int daysBefore) => daysBefore == 0 ? "v den události" : Days.Count(daysBefore) + " předem";
}
