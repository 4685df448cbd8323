namespace Pelhrimov.Core.Validation;

/// <summary>
/// The number of a Czech identity card (občanský průkaz): nine digits on the machine-readable cards (since 2000), or
/// on the older cards without machine-readable data (1993–1996 models, still valid for people born before 1936 whose
/// card says "bez omezení") a series of two letters and six digits, <c>AB 123456</c>. Whether a card is valid only the
/// Ministry of the Interior knows, so this checks the shape. Stored without spaces, letters upper-case.
/// </summary>
public static class IdCardNumber
{
    public static string? Normalize(string? input)
    {
        var text = Spaces.Remove(input).ToUpperInvariant();
        if (text.Length == 9 && text.All(char.IsAsciiDigit))
        {
            return text;
        }
        return text.Length == 8 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && text[2..].All(char.IsAsciiDigit)
            ? text
            : null;
    }

    /// <summary><c>123456789</c>, or <c>AB 123456</c> for an older card.</summary>
    public static string Format(string number) => number.Length == 8 ? number[..2] + " " + number[2..] : number;
}
