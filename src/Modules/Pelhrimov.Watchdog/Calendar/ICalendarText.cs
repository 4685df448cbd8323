using System.Globalization;
using System.Text;

namespace Pelhrimov.Watchdog.Calendar;

/// <summary>
/// Writes iCalendar content lines (RFC 5545, section 3.1): CRLF after every line, lines longer than 75 octets folded
/// with CRLF and a space, never inside a UTF-8 sequence (a Czech letter is 2 octets, an emoji 4), and TEXT values
/// escaped (section 3.3.11: backslash, semicolon, comma, newline).
/// </summary>
public sealed class ICalendarText
{
    public const int MaxOctets = 75;

    private readonly StringBuilder _text = new();

    /// <summary>A line as it is: the name, parameters and an already formatted value (<c>DTSTART;VALUE=DATE:20261129</c>).</summary>
    public ICalendarText Line(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var length = rune.Utf8SequenceLength;
            if (octets + length > MaxOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }
            _text.Append(rune.ToString());
            octets += length;
        }
        _text.Append("\r\n");
        return this;
    }

    /// <summary>A property with a TEXT value, escaped.</summary>
    public ICalendarText Text(string name, string value) => Line(name + ":" + Escape(value));

    public ICalendarText Date(string name, DateOnly date) =>
        Line(name + ";VALUE=DATE:" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    public ICalendarText Timestamp(string name, DateTime utc) =>
        Line(name + ":" + utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    public override string ToString() => _text.ToString();
}
