using System.Security.Cryptography;
using System.Text;

namespace Pelhrimov.Receivables.Domain;

/// <summary>
/// The payment code printed on a letter about a receivable: with its variable symbol it opens <c>/zaplatit</c> without
/// signing in. Eight characters of an alphabet without look-alikes (no 0, O, 1, I, L), about 39.6 bits from a CSPRNG,
/// shown as <c>ABCD-EFGH</c>; entry ignores case, dashes and spaces. ADR 0033.
/// </summary>
public static class PaymentCode
{
    /// <summary>31 characters: digits 2–9 and the letters without I, L and O.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 8;

    /// <summary>A new code (stored form, without the dash).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The printed form: <c>ABCD-EFGH</c>.</summary>
    public static string Format(string code) => code.Length == Length ? code[..4] + "-" + code[4..] : code;

    /// <summary>What a person typed as the stored form, or null when it cannot be a code (wrong length or characters).</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 32)
        {
            return null;
        }
        var code = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is '-' or ' ' or '\u00A0' or '\u2013' or '\t')
            {
                continue;
            }
            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || code.Length == Length)
            {
                return null;
            }
            code.Append(upper);
        }
        return code.Length == Length ? code.ToString() : null;
    }

    /// <summary>Compares in constant time, so the answer's timing does not tell how many leading characters were right.</summary>
    public static bool Matches(string? stored, string normalized) =>
        stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(normalized));
}
