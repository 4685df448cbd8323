namespace Pelhrimov.Payments.Accounts;

/// <summary>IBAN check digits (ISO 7064 MOD 97-10), validation and the grouped form people read.</summary>
public static class Iban
{
    /// <summary>Removes spaces and upper-cases: the form to store and compare.</summary>
    public static string Normalize(string iban) =>
        string.Concat(iban.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>True when the IBAN (spaces allowed) has a country, two check digits and passes MOD 97.</summary>
    public static bool IsValid(string? iban)
    {
        if (iban is null)
        {
            return false;
        }
        var normalized = Normalize(iban);
        if (normalized.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(normalized[0]) || !char.IsAsciiLetterUpper(normalized[1])
            || !char.IsAsciiDigit(normalized[2]) || !char.IsAsciiDigit(normalized[3]) || !normalized.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }
        return Mod97(normalized[4..] + normalized[..4]) == 1;
    }

    /// <summary>The IBAN for a country and its BBAN: 98 − (BBAN + country + "00") mod 97 as the check digits.</summary>
    public static string Create(string country, string bban)
    {
        var check = 98 - Mod97(bban + country + "00");
        return $"{country}{check:00}{bban}";
    }

    /// <summary>Groups of four for humans: <c>CZ65 0800 0000 1920 0014 5399</c>.</summary>
    public static string Format(string iban)
    {
        var normalized = Normalize(iban);
        return string.Join(' ', normalized.Chunk(4).Select(group => new string(group)));
    }

    // Letters count as two digits (A = 10 … Z = 35); the remainder is carried digit by digit, so any length fits in an int.
    private static int Mod97(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else
            {
                var value = char.ToUpperInvariant(c) - 'A' + 10;
                remainder = (remainder * 100 + value) % 97;
            }
        }
        return remainder;
    }
}
