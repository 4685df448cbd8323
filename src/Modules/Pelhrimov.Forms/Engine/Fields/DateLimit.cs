using System.Globalization;
using System.Text.RegularExpressions;

namespace Pelhrimov.Forms.Engine.Fields;

/// <summary>A date limit: ISO <c>2026-01-01</c>, or relative to today: <c>today</c>, <c>today-18y</c>, <c>today+30d</c>, <c>today-6m</c>.</summary>
public static partial class DateLimit
{
    public static bool IsValid(string? text) => text is not null && Resolve(text, new DateOnly(2026, 1, 1)) is not null;

    /// <summary>The date the limit means on <paramref name="today"/>; null when it is not a limit.</summary>
    public static DateOnly? Resolve(string text, DateOnly today)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var absolute))
        {
            return absolute;
        }
        var match = RelativePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }
        if (!match.Groups["amount"].Success)
        {
            return today;
        }
        var amount = int.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        try
        {
            return match.Groups["unit"].Value switch
            {
                "y" => today.AddYears(amount),
                "m" => today.AddMonths(amount),
                _ => today.AddDays(amount),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^today(?:(?<sign>[+-])(?<amount>\d{1,4})(?<unit>[ymd]))?$")]
    private static partial Regex RelativePattern();
}
