namespace Pelhrimov.Core.Validation;

/// <summary>PSČ: five digits, the first 1–7 (8 and 9 are Slovak); stored <c>39301</c>, shown <c>393 01</c>.</summary>
public static class PostCode
{
    /// <summary>Five digits from <c>39301</c> or <c>393 01</c>; null when it is not a Czech postcode.</summary>
    public static string? Normalize(string? input)
    {
        var digits = Spaces.Remove(input);
        return digits.Length == 5 && digits.All(char.IsAsciiDigit) && digits[0] is >= '1' and <= '7' ? digits : null;
    }

    public static string Format(string digits) => digits.Length == 5 ? digits[..3] + "\u00A0" + digits[3..] : digits;
}
