namespace Pelhrimov.Core.Validation;

/// <summary>
/// An animal microchip number (ISO 11784/11785, FDX-B): 15 digits, the first three an ISO 3166 numeric country code
/// (203 for Czechia; 001–899) or a manufacturer code (900–998; 999 is reserved for test transponders). No check digit.
/// </summary>
public static class DogMicrochip
{
    public static string? Normalize(string? input)
    {
        var digits = Spaces.Remove(input).Replace("-", "", StringComparison.Ordinal);
        if (digits.Length != 15 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        var code = int.Parse(digits.AsSpan(0, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        return code is >= 1 and <= 998 ? digits : null;
    }

    /// <summary><c>203 098 100 123 456</c>: the code, then the individual number in groups of three.</summary>
    public static string Format(string digits) =>
        digits.Length == 15 ? string.Join(' ', Enumerable.Range(0, 5).Select(i => digits.Substring(i * 3, 3))) : digits;
}
