using Pelhrimov.Watchdog.Domain;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Tests.Watchdog;

/// <summary>When an event happens next and when its reminder is due; the Czech words for how far a date is.</summary>
public sealed class OccurrencesTests
{
    [Theory]
    [InlineData("2025-03-15", true, "2026-12-05", "2027-03-15")]
    [InlineData("2025-12-05", true, "2026-12-05", "2026-12-05")]
    [InlineData("2025-12-31", true, "2026-12-05", "2026-12-31")]
    [InlineData("2024-02-29", true, "2025-03-01", "2026-02-28")]
    [InlineData("2024-02-29", true, "2027-12-05", "2028-02-29")]
    [InlineData("2027-01-10", true, "2026-12-05", "2027-01-10")]
    [InlineData("2026-01-10", false, "2026-12-05", "2026-01-10")]
    public void The_next_occurrence_is_the_first_on_or_after_today(string date, bool yearly, string today, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Occurrences.Next(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), yearly, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Scheduling_sets_the_reminder_day_and_a_single_date_that_passed_has_none()
    {
        var today = new DateOnly(2026, 12, 5);
        var e = new WatchdogEvent { Title = "STK", Date = new DateOnly(2027, 1, 10), DaysBefore = 30 };
        Occurrences.Schedule(e, today);
        Assert.Equal((new DateOnly(2027, 1, 10), new DateOnly(2026, 12, 11)), (e.NextOccurrence!.Value, e.RemindOn!.Value));

        Occurrences.Advance(e, new DateOnly(2027, 1, 10));
        Assert.Null(e.NextOccurrence);
        Assert.Null(e.RemindOn);

        e.RepeatsYearly = true;
        Occurrences.Advance(e, new DateOnly(2027, 1, 10));
        Assert.Equal(new DateOnly(2028, 1, 10), e.NextOccurrence);
        Assert.Equal(new DateOnly(2027, 12, 11), e.RemindOn);
    }

    [Theory]
    [InlineData(0, "dnes")]
    [InlineData(1, "zítra")]
    [InlineData(2, "za 2\u00A0dny")]
    [InlineData(12, "za 12\u00A0dní")]
    [InlineData(-1, "včera")]
    [InlineData(-3, "před 3\u00A0dny")]
    public void Relative_days_are_czech(int days, string expected)
    {
        var today = new DateOnly(2026, 12, 5);
        Assert.Equal(expected, RelativeDays.From(today, today.AddDays(days)));
    }
}
