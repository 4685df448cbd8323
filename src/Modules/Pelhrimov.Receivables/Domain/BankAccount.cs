using System.Globalization;
using System.Numerics;

namespace Pelhrimov.Receivables.Domain;

/// <summary>
/// A Czech bank account <c>[prefix-]number/bankcode</c>, as docs/receivables.md describes: prefix up to 6 digits,
/// number 2–10 digits with at least two non-zero ones, bank code exactly 4 digits; prefix and number each pass the
/// weighted mod-11 check. Parts are stored without leading zeros.
/// </summary>
public sealed record BankAccount(string? Prefix, string Number, string BankCode)
{
    // Weights of the 10 positions of the number, left to right; the prefix uses the last six.
    private static readonly int[] Weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

    /// <summary><c>19-2000145399/0800</c>.</summary>
    public override string ToString() => (Prefix is null ? "" : Prefix + "-") + Number + "/" + BankCode;

    /// <summary>Why <paramref name="account"/> (<c>19-2000145399</c> or <c>2000145399</c>) is not a valid account number; null when it is.</summary>
    public static string? ProblemWithNumber(string? account)
    {
        if (string.IsNullOrWhiteSpace(account))
        {
            return "Číslo účtu chybí.";
        }
        var dash = account.IndexOf('-', StringComparison.Ordinal);
        var prefix = dash < 0 ? null : account[..dash];
        var number = dash < 0 ? account : account[(dash + 1)..];
        if (prefix is not null && (prefix.Length is 0 or > 6 || !IsDigits(prefix)))
        {
            return "Předčíslí účtu má mít nejvýše 6 číslic.";
        }
        if (number.Length is < 2 or > 10 || !IsDigits(number))
        {
            return "Číslo účtu má mít 2 až 10 číslic (s předčíslím ve tvaru 19-2000145399).";
        }
        if (number.Count(c => c != '0') < 2)
        {
            return "Číslo účtu musí obsahovat alespoň dvě nenulové číslice.";
        }
        if (prefix is not null && !PassesCheck(prefix))
        {
            return "Předčíslí účtu nesplňuje kontrolu dělitelnosti 11; zkontrolujte je.";
        }
        return PassesCheck(number) ? null : "Číslo účtu nesplňuje kontrolu dělitelnosti 11; zkontrolujte je.";
    }

    /// <summary>Why <paramref name="bankCode"/> is not a bank code; null when it is 4 digits.</summary>
    public static string? ProblemWithBankCode(string? bankCode) =>
        bankCode is { Length: 4 } && IsDigits(bankCode) ? null : "Kód banky má přesně 4 číslice, například 0800.";

    /// <summary>The account from a number validated by <see cref="ProblemWithNumber"/> and a bank code.</summary>
    public static BankAccount From(string account, string bankCode)
    {
        var dash = account.IndexOf('-', StringComparison.Ordinal);
        var prefix = dash < 0 ? null : account[..dash].TrimStart('0');
        var number = (dash < 0 ? account : account[(dash + 1)..]).TrimStart('0');
        return new BankAccount(string.IsNullOrEmpty(prefix) ? null : prefix, number, bankCode);
    }

    /// <summary>The number with its prefix as the API and the pages write it: <c>19-2000145399</c>.</summary>
    public string NumberWithPrefix => (Prefix is null ? "" : Prefix + "-") + Number;

    /// <summary>The IBAN, <c>CZ</c> + check digits (ISO 7064 MOD 97-10) + bank code + prefix (6) + number (10), no spaces.</summary>
    public string Iban
    {
        get
        {
            var bban = BankCode + (Prefix ?? "").PadLeft(6, '0') + Number.PadLeft(10, '0');
            // "CZ00" moved behind the BBAN, letters as numbers: C = 12, Z = 35.
            var remainder = (int)(BigInteger.Parse(bban + "123500", CultureInfo.InvariantCulture) % 97);
            return "CZ" + (98 - remainder).ToString("00", CultureInfo.InvariantCulture) + bban;
        }
    }

    /// <summary>The IBAN in groups of four, as people read it: <c>CZ65 0800 0000 1920 0014 5399</c>.</summary>
    public string IbanForPeople => string.Join(' ', Iban.Chunk(4).Select(c => new string(c)));

    private static bool PassesCheck(string digits)
    {
        var padded = digits.PadLeft(10, '0');
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (padded[i] - '0') * Weights[i];
        }
        return sum % 11 == 0;
    }

    internal static bool IsDigits(string value) => value.All(char.IsAsciiDigit);
}
