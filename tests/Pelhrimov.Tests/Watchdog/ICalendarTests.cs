using System.Text;
using Pelhrimov.Watchdog.Calendar;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Tests.Watchdog;

/// <summary>The calendar feed's text (RFC 5545), read back by an independent parser.</summary>
public sealed class ICalendarTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 10, 45, 0, DateTimeKind.Utc);

    [Fact]
    public void Long_czech_titles_fold_at_75_octets_with_crlf_and_never_inside_a_utf8_sequence()
    {
        // Every offset of a two-octet letter against the fold, and a four-octet emoji.
        for (var prefix = 0; prefix < 4; prefix++)
        {
            var title = new string('x', prefix) + string.Concat(Enumerable.Repeat("Žluťoučký kůň úpěl ďábelské ódy; ", 6)) + "🐕 očkování";
            var bytes = Encoding.UTF8.GetBytes(WatchdogCalendar.Write([Own(title)], "portal.example", "https://portal.example/", Now));

            var physical = ICalendarParser.PhysicalLines(bytes);
            Assert.Contains(physical, l => l.StartsWith(' '));
            var events = ICalendarParser.Events(ICalendarParser.Unfold(physical));
            Assert.Equal(title, Assert.Single(events)["SUMMARY"]);
        }
    }

    [Fact]
    public void Text_values_escape_commas_semicolons_backslashes_and_newlines()
    {
        const string title = "STK, emise; doklad\\kopie\nřádek 2";
        var text = WatchdogCalendar.Write([Own(title)], "portal.example", "https://portal.example/", Now);

        Assert.Contains("SUMMARY:STK\\, emise\\; doklad\\\\kopie\\nřádek 2\r\n", text, StringComparison.Ordinal);
        var e = Assert.Single(ICalendarParser.Events(ICalendarParser.Unfold(ICalendarParser.PhysicalLines(Encoding.UTF8.GetBytes(text)))));
        Assert.Equal(title, e["SUMMARY"]);
    }

    [Fact]
    public void Events_are_all_day_with_a_stable_uid_a_yearly_rule_and_an_alarm_at_nine_on_the_reminder_day()
    {
        var id = Guid.Parse("3f2c8d4e-1111-4222-8333-944455556666");
        var items = new[]
        {
            new AgendaItem("watchdog-" + id.ToString("N"), new DateOnly(2027, 3, 15), "Očkování psa", null, null, id, 14, true, new DateOnly(2025, 3, 15)),
            new AgendaItem("watchdog-x", new DateOnly(2028, 2, 29), "Narozeniny", null, null, Guid.NewGuid(), 0, true, new DateOnly(2028, 2, 29)),
            new AgendaItem("receivable-ODP-1", new DateOnly(2027, 1, 19), "Splatnost: Poplatek", "Zbývá zaplatit 2 400 Kč.", "/muj-portal/platby/ODP-1"),
        };
        var text = WatchdogCalendar.Write(items, "portal.example", "https://portal.example/", Now);
        var lines = ICalendarParser.Unfold(ICalendarParser.PhysicalLines(Encoding.UTF8.GetBytes(text)));
        var events = ICalendarParser.Events(lines);

        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines.Take(2));
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        var dog = events[0];
        Assert.Equal($"watchdog-{id:N}@portal.example", dog["UID"]);
        Assert.Equal("20261205T104500Z", dog["DTSTAMP"]);
        Assert.Equal("20250315", dog["DTSTART;VALUE=DATE"]);
        Assert.Equal("20250316", dog["DTEND;VALUE=DATE"]);
        Assert.Equal("FREQ=YEARLY", dog["RRULE"]);
        Assert.Equal("-P13DT15H", dog["VALARM.TRIGGER"]);
        Assert.Equal("DISPLAY", dog["VALARM.ACTION"]);
        Assert.Equal("https://portal.example/muj-portal/hlidaci-pes", dog["URL"]);
        Assert.Equal("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", events[1]["RRULE"]);
        Assert.Equal("PT9H", events[1]["VALARM.TRIGGER"]);
        var town = events[2];
        Assert.False(town.ContainsKey("RRULE"));
        Assert.False(town.ContainsKey("VALARM.TRIGGER"));
        Assert.Equal("Zbývá zaplatit 2 400 Kč.", town["DESCRIPTION"]);
        Assert.Equal("https://portal.example/muj-portal/platby/ODP-1", town["URL"]);
        Assert.Equal("-PT15H", WatchdogCalendar.Trigger(1));
    }

    private static AgendaItem Own(string title) =>
        new("watchdog-1", new DateOnly(2027, 5, 1), title, null, null, Guid.NewGuid(), 7, false, new DateOnly(2027, 5, 1));
}
