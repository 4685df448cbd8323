namespace Pelhrimov.Watchdog.Domain;

/// <summary>A date a citizen wants to be reminded of ("Platnost řidičského průkazu", "STK", "Očkování psa").</summary>
public sealed class WatchdogEvent
{
    public const int TitleMaxLength = 200;

    public const int MaxDaysBefore = 365;

    public Guid Id { get; set; }

    /// <summary>The citizen account (Citizens module) the event belongs to; only that account sees or changes it.</summary>
    public Guid AccountId { get; set; }

    public required string Title { get; set; }

    /// <summary>The date; for a yearly event the first year's, the later ones are the same day in later years.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Remind this many days before the date (0: on the day).</summary>
    public int DaysBefore { get; set; }

    public bool RepeatsYearly { get; set; }

    /// <summary>The occurrence the next reminder is for; null when no occurrence is left (a single date that passed).</summary>
    public DateOnly? NextOccurrence { get; set; }

    /// <summary>The day the reminder of <see cref="NextOccurrence"/> is due; what the reminder job looks for.</summary>
    public DateOnly? RemindOn { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>
/// A reminder that was published (event <c>watchdog.reminder-due</c>): one row per event and occurrence, stored in the
/// transaction that publishes it. Its unique key is what makes a reminder go out exactly once.
/// </summary>
public sealed class SentReminder
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid AccountId { get; set; }

    public DateOnly OccurrenceDate { get; set; }

    public DateTime SentUtc { get; set; }
}

/// <summary>A citizen's calendar feed: one secret address per account, replaced (and the old one revoked) on request.</summary>
public sealed class CalendarFeed
{
    public Guid AccountId { get; set; }

    /// <summary>SHA-256 of the token (hex): what a request's token is looked up by.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The token protected with the site's data-protection keys, so that the page can show the address again.</summary>
    public required string ProtectedToken { get; set; }

    /// <summary>Made in an eID session at the town's level: the feed carries the town's dates too.</summary>
    public bool IncludesTownDates { get; set; }

    public DateTime CreatedUtc { get; set; }
}
