namespace Pelhrimov.Core.Validation;

/// <summary>
/// A phone number: a Czech one (nine digits after an optional <c>+420</c> or <c>00420</c>, not starting with 0 or 1)
/// or a foreign one in international form (<c>+</c> and 8–15 digits). Stored E.164 <c>+420777123456</c>.
/// </summary>
public static class CzechPhone
{
    public static string? Normalize(string? input)
    {
        var text = string.Concat(Spaces.Remove(input).Where(c => c is not ('-' or '(' or ')' or '/' or '.')));
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + text[2..];
        }
        if (text.StartsWith("+420", StringComparison.Ordinal))
        {
            text = text[4..];
        }
        else if (text.StartsWith('+'))
        {
            var rest = text[1..];
            return rest.Length is >= 8 and <= 15 && rest.All(char.IsAsciiDigit) && rest[0] != '0' ? text : null;
        }
        return text.Length == 9 && text.All(char.IsAsciiDigit) && text[0] is >= '2' and <= '9' ? "+420" + text : null;
    }

    /// <summary><c>+420 777 123 456</c> for a Czech number; a foreign one as stored.</summary>
    public static string Format(string e164) =>
        e164.Length == 13 && e164.StartsWith("+420", StringComparison.Ordinal)
            ? $"+420 {e164[4..7]} {e164[7..10]} {e164[10..]}"
            : e164;
}
