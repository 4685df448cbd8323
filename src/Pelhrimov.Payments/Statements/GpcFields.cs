using System.Globalization;

namespace Pelhrimov.Payments.Statements;

/// <summary>
/// The fixed columns of one GPC record, by the 1-based positions of the format's tables; a field beyond a short line
/// reads as spaces (banks and tools drop trailing spaces). Each reader returns null and sets <see cref="Error"/> in
/// Czech when the field is not what the format says.
/// </summary>
internal sealed class GpcFields(string line)
{
    public string? Error { get; private set; }

    public string Text(int position, int length)
    {
        var start = position - 1;
        if (start >= line.Length)
        {
            return new string(' ', length);
        }
        var available = Math.Min(length, line.Length - start);
        return line.Substring(start, available).PadRight(length);
    }

    /// <summary>Digits only (spaces as padding are allowed for symbols when <paramref name="spacesAllowed"/>).</summary>
    public string? Digits(int position, int length, string field, bool spacesAllowed = false)
    {
        var text = Text(position, length);
        var trimmed = spacesAllowed ? text.Trim() : text;
        if ((trimmed.Length == 0 && !spacesAllowed) || !trimmed.All(char.IsAsciiDigit))
        {
            return Fail($"{field} (znaky {position}–{position + length - 1}) musí obsahovat jen číslice, je tam „{text.TrimEnd()}“.");
        }
        return trimmed;
    }

    /// <summary>An amount in haléře as <see cref="decimal"/> koruny.</summary>
    public decimal? Amount(int position, int length, string field)
    {
        var digits = Digits(position, length, field);
        return digits is null ? null : long.Parse(digits, CultureInfo.InvariantCulture) / 100m;
    }

    /// <summary>A date DDMMYY in 20YY; <c>000000</c> reads as null when <paramref name="zeroMeansNone"/>.</summary>
    public DateOnly? Date(int position, string field, bool zeroMeansNone = false)
    {
        var text = Text(position, 6);
        if (zeroMeansNone && (text == "000000" || string.IsNullOrWhiteSpace(text)))
        {
            return null;
        }
        if (text.All(char.IsAsciiDigit)
            && DateOnly.TryParseExact(text[..4] + "20" + text[4..], "ddMMyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Fail($"{field} (znaky {position}–{position + 5}) není platné datum ve tvaru DDMMRR: „{text.TrimEnd()}“.");
        return null;
    }

    /// <summary>A sign character: <c>+</c> (or <c>0</c> for turnovers) is 1, <c>-</c> is −1.</summary>
    public int? Sign(int position, string field)
    {
        var c = Text(position, 1)[0];
        return c switch
        {
            '+' or '0' or ' ' => 1,
            '-' => -1,
            _ => Fail<int?>($"{field} (znak {position}) má být „+“ nebo „-“, je tam „{c}“."),
        };
    }

    /// <summary>A symbol (VS, KS, SS) without its leading zeros, or null when it is empty or all zeros.</summary>
    public static string? Symbol(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Records a reason found by the caller (the first reason of a record wins).</summary>
    public void Invalid(string message) => Fail<object?>(message);

    private string? Fail(string message) => Fail<string?>(message);

    private T Fail<T>(string message)
    {
        Error ??= message;
        return default!;
    }
}
