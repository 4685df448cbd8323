using System.Text.RegularExpressions;

namespace Pelhrimov.Payments.Accounts;

/// <summary>
/// A Czech bank account <c>[prefix-]number/bank code</c> (vyhláška ČNB 169/2011 Sb.), with the parts' weighted
/// mod-11 checks and the conversion to and from a CZ IBAN. Prefix and number are kept without leading zeros.
/// </summary>
public sealed partial record CzechBankAccount
{
    // Weights of the ten positions of the number; the prefix's six positions use the last six of them.
    private static readonly int[] Weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

    private CzechBankAccount(string prefix, string number, string bankCode)
    {
        Prefix = prefix;
        Number = number;
        BankCode = bankCode;
    }

    /// <summary>The prefix (předčíslí) without leading zeros; empty when the account has none.</summary>
    public string Prefix { get; }

    /// <summary>The base number (základní část) without leading zeros.</summary>
    public string Number { get; }

    /// <summary>The four-digit bank code (kód banky).</summary>
    public string BankCode { get; }

    /// <summary>Prefix padded to 6 and number padded to 10 digits: the BBAN's account part and GPC's "standard" form.</summary>
    public string SixteenDigits => Prefix.PadLeft(6, '0') + Number.PadLeft(10, '0');

    /// <summary>The 24-character CZ IBAN without spaces (use <see cref="Iban.Format"/> to show it).</summary>
    public string ToIban() => Iban.Create("CZ", BankCode + SixteenDigits);

    /// <summary><c>19-2000145399/0800</c>, or <c>2900000005/2010</c> without a prefix.</summary>
    public override string ToString() => (Prefix.Length > 0 ? Prefix + "-" : "") + Number + "/" + BankCode;

    /// <summary>Parses <c>[prefix-]number/bank code</c>; on failure <paramref name="error"/> says why, in Czech.</summary>
    public static bool TryParse(string? text, out CzechBankAccount account, out string error)
    {
        account = null!;
        var match = text is null ? Match.Empty : AccountPattern().Match(text.Trim());
        if (!match.Success)
        {
            error = "Zadejte číslo účtu ve tvaru předčíslí-číslo/kód banky, například 19-2000145399/0800.";
            return false;
        }
        return TryCreate(match.Groups["prefix"].Value, match.Groups["number"].Value, match.Groups["bank"].Value, out account, out error);
    }

    /// <summary>Parses <c>[prefix-]number/bank code</c> or throws a <see cref="FormatException"/> with a Czech message.</summary>
    public static CzechBankAccount Parse(string text) =>
        TryParse(text, out var account, out var error) ? account : throw new FormatException(error);

    /// <summary>Builds an account from its parts (digits only, leading zeros allowed) and checks them.</summary>
    public static bool TryCreate(string prefix, string number, string bankCode, out CzechBankAccount account, out string error)
    {
        account = null!;
        if (prefix.Length > 6 || !prefix.All(char.IsAsciiDigit) || number.Length is 0 or > 10 || !number.All(char.IsAsciiDigit)
            || bankCode.Length != 4 || !bankCode.All(char.IsAsciiDigit))
        {
            error = "Zadejte číslo účtu ve tvaru předčíslí-číslo/kód banky, například 19-2000145399/0800.";
            return false;
        }
        if (!HasValidChecksum(prefix))
        {
            error = "Předčíslí účtu nemá platný kontrolní součet – zkontrolujte, zda je opsané správně.";
            return false;
        }
        if (number.Count(c => c != '0') < 2)
        {
            error = "Číslo účtu musí mít aspoň dvě nenulové číslice.";
            return false;
        }
        if (!HasValidChecksum(number))
        {
            error = "Číslo účtu nemá platný kontrolní součet – zkontrolujte, zda je opsané správně.";
            return false;
        }
        account = new CzechBankAccount(prefix.TrimStart('0'), number.TrimStart('0'), bankCode);
        error = "";
        return true;
    }

    /// <summary>Reads a CZ IBAN (spaces allowed) back into the national form.</summary>
    public static bool TryFromIban(string? iban, out CzechBankAccount account, out string error)
    {
        account = null!;
        var normalized = iban is null ? "" : Iban.Normalize(iban);
        if (!normalized.StartsWith("CZ", StringComparison.Ordinal) || normalized.Length != 24)
        {
            error = "Český IBAN má 24 znaků a začíná CZ, například CZ65 0800 0000 1920 0014 5399.";
            return false;
        }
        if (!Iban.IsValid(normalized))
        {
            error = "IBAN nemá platné kontrolní číslice – zkontrolujte, zda je opsaný správně.";
            return false;
        }
        return TryCreate(normalized[8..14], normalized[14..], normalized[4..8], out account, out error);
    }

    /// <summary>
    /// The weighted mod-11 check of one part (prefix or number), right-aligned to the weights 6, 3, 7, 9, 10, 5, 8, 4, 2, 1.
    /// An all-zero or empty part passes (an account without a prefix).
    /// </summary>
    public static bool HasValidChecksum(ReadOnlySpan<char> digits)
    {
        if (digits.Length > Weights.Length)
        {
            return false;
        }
        var sum = 0;
        var offset = Weights.Length - digits.Length;
        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }
            sum += (digits[i] - '0') * Weights[offset + i];
        }
        return sum % 11 == 0;
    }

    [GeneratedRegex(@"^(?:(?<prefix>\d{1,6})\s*-\s*)?(?<number>\d{1,10})\s*/\s*(?<bank>\d{4})$")]
    private static partial Regex AccountPattern();
}
