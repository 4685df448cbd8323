using System.Text;

namespace Pelhrimov.Tests.Watchdog;

/// <summary>Reads iCalendar text back (RFC 5545 3.1, 3.3.11) and checks its lines on the way: the tests' independent reader.</summary>
internal static class ICalendarParser
{
    /// <summary>The physical lines; fails unless every one ends with CRLF, none has more than 75 octets and none is cut inside a UTF-8 sequence.</summary>
    public static IReadOnlyList<string> PhysicalLines(byte[] utf8)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == '\n')
            {
                Assert.True(i > 0 && utf8[i - 1] == '\r', $"a bare LF at octet {i}");
                var length = i - 1 - start;
                Assert.True(length <= 75, $"a line of {length} octets: {Encoding.UTF8.GetString(utf8, start, length)}");
                // A cut inside a sequence leaves a continuation octet (10xxxxxx) at the next line's start after its space.
                if (i + 2 < utf8.Length && utf8[i + 1] == ' ')
                {
                    Assert.False((utf8[i + 2] & 0xC0) == 0x80, $"a line folded inside a UTF-8 sequence at octet {i}");
                }
                lines.Add(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8, start, length));
                start = i + 1;
            }
            else if (utf8[i] == '\r')
            {
                Assert.True(i + 1 < utf8.Length && utf8[i + 1] == '\n', $"a bare CR at octet {i}");
            }
        }
        Assert.Equal(utf8.Length, start);
        return lines;
    }

    /// <summary>The content lines: folded lines joined (a line starting with a space continues the previous one).</summary>
    public static IReadOnlyList<string> Unfold(IReadOnlyList<string> physical)
    {
        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    /// <summary>The VEVENTs as property lists: name (with parameters) → value, TEXT values unescaped.</summary>
    public static List<Dictionary<string, string>> Events(IReadOnlyList<string> lines)
    {
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        var inAlarm = false;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (line[..colon], line[(colon + 1)..]);
            switch (line)
            {
                case "BEGIN:VEVENT":
                    current = [];
                    events.Add(current);
                    continue;
                case "END:VEVENT":
                    current = null;
                    continue;
                case "BEGIN:VALARM" or "END:VALARM":
                    inAlarm = line == "BEGIN:VALARM";
                    continue;
            }
            current?.Add(inAlarm ? "VALARM." + name : name, Unescape(value));
        }
        return events;
    }

    public static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }
        return text.ToString();
    }
}
