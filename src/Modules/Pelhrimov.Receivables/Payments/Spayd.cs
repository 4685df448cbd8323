using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.Payments;

/// <summary>What a QR Platba code carries. Symbols are digits only; <see cref="Message"/> is cleaned by <see cref="Spayd.Create"/>.</summary>
public sealed record SpaydPayment(
    string Iban,
    decimal Amount,
    string? VariableSymbol = null,
    string? SpecificSymbol = null,
    string? ConstantSymbol = null,
    DateOnly? Date = null,
    string? Message = null,
    string? RecipientName = null,
    string Currency = "CZK");

/// <summary>
/// The Short Payment Descriptor (SPAYD, "QR Platba" of the Czech Banking Association): <c>SPD*1.0*KEY:value…*CRC32:XXXXXXXX</c>,
/// keys in ordinal order, CRC-32 (IEEE) over the string before <c>*CRC32</c>. See docs/receivables.md.
/// </summary>
public static class Spayd
{
    private const int MaxMessageLength = 60;

    private const int MaxRecipientLength = 35;

    public static string Create(SpaydPayment payment)
    {
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ACC"] = payment.Iban,
            ["AM"] = payment.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["CC"] = payment.Currency,
        };
        Add(attributes, "X-VS", payment.VariableSymbol);
        Add(attributes, "X-SS", payment.SpecificSymbol);
        Add(attributes, "X-KS", payment.ConstantSymbol);
        Add(attributes, "DT", payment.Date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Add(attributes, "MSG", CleanMessage(payment.Message));
        Add(attributes, "RN", CleanText(payment.RecipientName, MaxRecipientLength));

        var canonical = new StringBuilder("SPD*1.0");
        foreach (var (key, value) in attributes)
        {
            canonical.Append('*').Append(key).Append(':').Append(value);
        }
        var crc = Crc32.HashToUInt32(Encoding.UTF8.GetBytes(canonical.ToString()));
        return canonical.Append("*CRC32:").Append(crc.ToString("X8", CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>The QR Platba for paying what is left of a receivable (the remaining amount, its symbols and account).</summary>
    public static string For(ReceivableSummary receivable, decimal amount) =>
        Create(new SpaydPayment(
            receivable.Account.Iban, amount, receivable.VariableSymbol, receivable.SpecificSymbol, receivable.ConstantSymbol,
            Message: receivable.Kind + " " + receivable.Period));

    /// <summary>
    /// A message every banking app reads and that keeps the code in the dense alphanumeric mode: upper case without
    /// diacritics, only <c>0–9 A–Z space $ % + - . / :</c> (no <c>*</c>, the separator), at most 60 characters.
    /// </summary>
    public static string? CleanMessage(string? message) => CleanText(message, MaxMessageLength);

    private static string? CleanText(string? message, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }
        var withoutMarks = new StringBuilder();
        foreach (var c in message.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                withoutMarks.Append(char.ToUpperInvariant(c));
            }
        }
        var cleaned = new StringBuilder();
        foreach (var c in withoutMarks.ToString())
        {
            var allowed = char.IsAsciiDigit(c) || c is >= 'A' and <= 'Z' or ' ' or '$' or '%' or '+' or '-' or '.' or '/' or ':';
            var next = allowed ? c : ' ';
            if (next != ' ' || (cleaned.Length > 0 && cleaned[^1] != ' '))
            {
                cleaned.Append(next);
            }
        }
        var text = cleaned.ToString().Trim();
        text = text.Length > maxLength ? text[..maxLength].TrimEnd() : text;
        // '%' starts an escape in SPAYD values.
        text = text.Replace("%", "%25", StringComparison.Ordinal);
        return text.Length == 0 ? null : text;
    }

    private static void Add(SortedDictionary<string, string> attributes, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            attributes[key] = value;
        }
    }
}
