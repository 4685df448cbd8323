namespace Pelhrimov.Core.Validation;

/// <summary>IČO, the Czech organisation number: 8 digits with a weighted mod-11 check digit.</summary>
public static class Ico
{
    /// <summary>Pads shorter numbers with leading zeros and checks the check digit; null when invalid.</summary>
    public static string? Normalize(string? input)
    {
        var digits = (input ?? "").Replace(" ", "");
        if (digits.Length is 0 or > 8 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        digits = digits.PadLeft(8, '0');
        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (digits[i] - '0') * (8 - i);
        }
        var check = (11 - sum % 11) % 10;
        return digits[7] - '0' == check ? digits : null;
    }
}
