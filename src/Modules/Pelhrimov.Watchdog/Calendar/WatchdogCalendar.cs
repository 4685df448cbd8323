using System.Globalization;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Watchdog.Calendar;

/// <summary>
/// The calendar feed of a citizen's watchdog: one all-day VEVENT per item, RRULE:FREQ=YEARLY for a yearly own event, and
/// a VALARM at 9:00 on the day the citizen asked to be reminded. UIDs are the items' stable ids at the site's host.
/// </summary>
public static class WatchdogCalendar
{
    public static string Write(IEnumerable<AgendaItem> items, string host, string baseUrl, DateTime nowUtc)
    {
        var ics = new ICalendarText()
            .Line("BEGIN:VCALENDAR")
            .Line("VERSION:2.0")
            .Line("PRODID:-//Portal obcana//Hlidaci pes//CS")
            .Line("CALSCALE:GREGORIAN")
            .Line("METHOD:PUBLISH")
            .Text("X-WR-CALNAME", "Hlídací pes")
            .Line("X-WR-TIMEZONE:Europe/Prague");
        foreach (var item in items)
        {
            var start = item.FirstDate ?? item.Date;
            ics.Line("BEGIN:VEVENT")
                .Line("UID:" + item.Uid + "@" + host)
                .Timestamp("DTSTAMP", nowUtc)
                .Date("DTSTART", start)
                .Date("DTEND", start.AddDays(1))
                .Text("SUMMARY", item.Title)
                .Line("TRANSP:TRANSPARENT");
            if (item.RepeatsYearly)
            {
                // 29 February: the last day of February in other years, as the reminders do.
                ics.Line(start is { Month: 2, Day: 29 } ? "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "RRULE:FREQ=YEARLY");
            }
            if (item.Note is { } note)
            {
                ics.Text("DESCRIPTION", note);
            }
            ics.Line("URL:" + baseUrl.TrimEnd('/') + (item.Url ?? WatchdogPaths.List));
            if (item.DaysBefore is { } days)
            {
                ics.Line("BEGIN:VALARM")
                    .Line("ACTION:DISPLAY")
                    .Text("DESCRIPTION", item.Title)
                    .Line("TRIGGER:" + Trigger(days))
                    .Line("END:VALARM");
            }
            ics.Line("END:VEVENT");
        }
        return ics.Line("END:VCALENDAR").ToString();
    }

    /// <summary>9:00 on the day <paramref name="daysBefore"/> days before an all-day event (which starts at midnight).</summary>
    public static string Trigger(int daysBefore) => daysBefore switch
    {
        0 => "PT9H",
        1 => "-PT15H",
        _ => string.Create(CultureInfo.InvariantCulture, $"-P{daysBefore - 1}DT15H"),
    };
}
