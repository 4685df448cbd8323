using Pelhrimov.Payments.Accounts;

namespace Pelhrimov.Payments.Statements;

/// <summary>The 16-digit account numbers of GPC records: standard (prefix 6 + number 10) or the banks' internal permutation.</summary>
internal static class GpcAccounts
{
    // Position in the internal form of each standard digit P1…P6 C1…C10: internal = C10 C8 C9 C6 C1 C2 C3 C4 C5 C7 P1…P6.
    private static readonly int[] StandardFromInternal = [10, 11, 12, 13, 14, 15, 4, 5, 6, 7, 8, 3, 9, 1, 2, 0];

    public static GpcAccountFormat Detect(string digits)
    {
        var standardValid = IsValid(digits);
        var internalValid = IsValid(ToStandard(digits, GpcAccountFormat.Internal));
        return internalValid && !standardValid ? GpcAccountFormat.Internal : GpcAccountFormat.Standard;
    }

    public static string ToStandard(string digits, GpcAccountFormat format)
    {
        if (format != GpcAccountFormat.Internal)
        {
            return digits;
        }
        Span<char> standard = stackalloc char[16];
        for (var i = 0; i < 16; i++)
        {
            standard[i] = digits[StandardFromInternal[i]];
        }
        return new string(standard);
    }

    /// <summary><c>19-2000145399/0800</c> when the account passes its checks; otherwise the digits as the bank wrote them.</summary>
    public static string? Display(string? digits, string? bankCode, GpcAccountFormat format)
    {
        if (digits is null)
        {
            return null;
        }
        var standard = ToStandard(digits, format);
        if (bankCode is not null && CzechBankAccount.TryCreate(standard[..6], standard[6..], bankCode, out var account, out _))
        {
            return account.ToString();
        }
        var prefix = standard[..6].TrimStart('0');
        var number = standard[6..].TrimStart('0');
        return (prefix.Length > 0 ? prefix + "-" : "") + (number.Length > 0 ? number : "0") + (bankCode is null ? "" : "/" + bankCode);
    }

    private static bool IsValid(string standard) =>
        CzechBankAccount.HasValidChecksum(standard.AsSpan(0, 6)) && CzechBankAccount.HasValidChecksum(standard.AsSpan(6));
}
