using System.Globalization;

namespace Pelhrimov.Core.Formatting;

/// <summary>Czech typography for dates and money (ÚJČ: <c>29. 11. 2026</c>, <c>1 500 Kč</c>), with non-breaking spaces.</summary>
public static class CzechFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("cs-CZ");

    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    public static System.DateTime ToLocal(System.DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    public static System.DateTime ToUtc(System.DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone);

    /// <summary><c>29. 11. 2026</c> in Prague time.</summary>
    /// <summary>Today's date in Prague.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static string Date(DateTime utc) => ToLocal(utc).ToString("d.\u00A0M.\u00A0yyyy", Culture);

    /// <summary><c>29. 11. 2026</c> for a calendar date.</summary>
    public static string Date(DateOnly date) => date.ToString("d.\u00A0M.\u00A0yyyy", Culture);

    /// <summary><c>29. 11. 2026 14:05</c> in Prague time.</summary>
    public static string DateAndTime(System.DateTime utc) => ToLocal(utc).ToString("d.\u00A0M.\u00A0yyyy H:mm", Culture);

    /// <summary><c>29. listopadu 2026</c>.</summary>
    public static string LongDate(DateTime utc) => ToLocal(utc).ToString("d.\u00A0MMMM yyyy", Culture);

    /// <summary>A count with its thousands grouped: <c>1 500</c>.</summary>
    public static string Number(long value) => value.ToString("N0", Culture);

    /// <summary>A day without its year, as on a chart's axis: <c>29. 11.</c></summary>
    public static string DayAndMonth(DateOnly date) => date.ToString("d.\u00A0M.", Culture);

    /// <summary><c>1 500 Kč</c>, or <c>1 500,50 Kč</c> when there are haléře.</summary>
    public static string Money(decimal amount) =>
        amount.ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", Culture) + "\u00A0Kč";

    /// <summary>A file size as people read it: <c>850 kB</c>, <c>20 MB</c>, <c>1,5 MB</c>.</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes}\u00A0B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("N0", Culture) + "\u00A0kB",
        _ => (bytes / (1024.0 * 1024)).ToString(bytes % (1024 * 1024) == 0 ? "N0" : "N1", Culture) + "\u00A0MB",
    };

    /// <summary>ISO date for machine-readable attributes such as <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
