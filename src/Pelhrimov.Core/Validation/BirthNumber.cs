namespace Pelhrimov.Core.Validation;

/// <summary>
/// Rodné číslo (zákon 133/2000 Sb., § 13): <c>YYMMDD/XXX</c> for people born before 1954, <c>YYMMDD/XXXX</c> from 1954
/// on with the mod-11 check (docs/forms-definitions.md, "Rodné číslo"). Stored as digits only, shown with the slash.
/// </summary>
public static class BirthNumber
{
    /// <summary>The last birth year for which a remainder of 10 with the check digit 0 was issued (the pre-1985 rule).</summary>
    private const int LastYearOfRemainderTenRule = 1985;

    /// <summary>The digits without the slash and spaces when the number is valid; null otherwise.</summary>
    public static string? Normalize(string? input) => TryParse(input, out var digits, out _) ? digits : null;

    /// <summary>Checks the number and gives its digits and the date of birth it encodes.</summary>
    public static bool TryParse(string? input, out string digits, out DateOnly dateOfBirth)
    {
        digits = "";
        dateOfBirth = default;
        var text = (input ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0 && (slash != 6 || text.IndexOf('/', slash + 1) >= 0))
        {
            return false;
        }
        text = text.Replace("/", "", StringComparison.Ordinal);
        if (text.Length is not (9 or 10) || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        var yy = Number(text, 0);
        var mm = Number(text, 2);
        var dd = Number(text, 4);
        int year;
        if (text.Length == 9)
        {
            // Nine digits were issued only to people born before 1954, and never in the +20/+70 series (2004 on).
            if (yy >= 54 || mm is > 12 and < 51 or > 62)
            {
                return false;
            }
            year = 1900 + yy;
        }
        else
        {
            year = yy >= 54 ? 1900 + yy : 2000 + yy;
            if (!HasValidCheckDigit(text, year))
            {
                return false;
            }
        }
        var month = mm switch
        {
            >= 1 and <= 12 => mm,
            >= 21 and <= 32 => mm - 20,
            >= 51 and <= 62 => mm - 50,
            >= 71 and <= 82 => mm - 70,
            _ => 0,
        };
        if (month == 0 || dd < 1 || dd > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        digits = text;
        dateOfBirth = new DateOnly(year, month, dd);
        return true;
    }

    /// <summary><c>780101/1234</c> from stored digits; anything else as it is.</summary>
    public static string Format(string digits) =>
        digits.Length is 9 or 10 && digits.All(char.IsAsciiDigit) ? digits[..6] + "/" + digits[6..] : digits;

    private static bool HasValidCheckDigit(string tenDigits, int year)
    {
        var remainder = (int)(long.Parse(tenDigits.AsSpan(0, 9), provider: System.Globalization.CultureInfo.InvariantCulture) % 11);
        var check = tenDigits[9] - '0';
        return remainder == 10
            ? check == 0 && year <= LastYearOfRemainderTenRule
            : check == remainder;
    }

    private static int Number(string text, int start) => (text[start] - '0') * 10 + (text[start + 1] - '0');
}
