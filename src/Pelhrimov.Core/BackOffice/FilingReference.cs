using System.Security.Cryptography;

namespace Pelhrimov.Core.BackOffice;

/// <summary>
/// The portal's reference number of a filing, e.g. <c>P-2026-7K3M9</c>: the year it was submitted and five characters
/// drawn at random from 32 that cannot be mistaken for each other when read aloud or retyped (no 0/O, 1/I).
/// 32⁵ ≈ 33.5 million numbers a year: unguessable enough for a number that opens nothing by itself (every page
/// checks the owner), unique by a check before storing and a unique index. A smart form's submission gets one at once
/// and its filing takes the same (ADR 0040).
/// </summary>
public static class FilingReference
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New(int year)
    {
        Span<char> code = stackalloc char[5];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return $"P-{year}-{code}";
    }

    /// <summary>Whether the text has the shape of a reference (cheap check before a lookup).</summary>
    public static bool IsWellFormed(string? reference) =>
        reference is { Length: 12 } r && r.StartsWith("P-", StringComparison.Ordinal) && r[6] == '-'
        && r.AsSpan(2, 4).ToString().All(char.IsAsciiDigit) && r.AsSpan(7).ToString().All(c => Alphabet.Contains(c));
}
