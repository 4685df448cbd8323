using Microsoft.Extensions.Primitives;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Validation;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Payments.Accounts;

namespace Pelhrimov.Forms.Engine.Fields;

/// <summary>
/// Reads one field's posted input into its normalised answer, or a Czech error. Empty input gives neither (whether it
/// is required is the caller's concern, since a hidden field is never required). Files are read by <see cref="FileInput"/>.
/// </summary>
public static class FieldParser
{
    public const int DefaultTextLength = 200;
    public const int DefaultLongTextLength = 5000;

    public static FieldResult Parse(FormField field, string inputName, IReadOnlyDictionary<string, StringValues> posted, DateOnly today)
    {
        if (field.Type == FieldType.Address)
        {
            return AddressInput.Read(field, inputName, posted);
        }
        if (field.Type == FieldType.MultiChoice)
        {
            return MultiChoice(field, posted.GetValueOrDefault(inputName));
        }
        var raw = posted.TryGetValue(inputName, out var values) ? values.FirstOrDefault() ?? "" : "";
        return string.IsNullOrWhiteSpace(raw) ? FieldResult.Empty : ParseText(field, raw, today);
    }

    private static FieldResult ParseText(FormField field, string raw, DateOnly today) => field.Type switch
    {
        FieldType.Text => Text(field, raw, field.MaxLength ?? DefaultTextLength, multiline: false),
        FieldType.LongText => Text(field, raw, field.MaxLength ?? DefaultLongTextLength, multiline: true),
        FieldType.Number or FieldType.Amount => NumberInput.Read(field, raw),
        FieldType.Date => DateInput.Read(field, raw, today),
        FieldType.Email => Checked(field, EmailAddress.Normalize(raw)),
        FieldType.Phone => Checked(field, CzechPhone.Normalize(raw)),
        FieldType.BirthNumber => Checked(field, BirthNumber.Normalize(raw)),
        FieldType.Ico => Checked(field, Ico.Normalize(raw)),
        FieldType.Microchip => Checked(field, DogMicrochip.Normalize(raw)),
        FieldType.IdCardNumber => Checked(field, IdCardNumber.Normalize(raw)),
        FieldType.BankAccount => CzechBankAccount.TryParse(raw, out var account, out var error)
            ? FieldResult.Ok(account.ToString())
            : FieldResult.Fail(FieldMessages.Invalid(field, error)),
        FieldType.Choice => Checked(field, field.Choices.Any(c => c.Value == raw) ? raw : null),
        FieldType.YesNo => Checked(field, raw is "ano" or "ne" ? raw : null),
        _ => FieldResult.Empty,
    };

    private static FieldResult Checked(FormField field, string? normalized) =>
        normalized is null ? FieldResult.Fail(FieldMessages.Invalid(field)) : FieldResult.Ok(normalized);

    private static FieldResult Text(FormField field, string raw, int maxLength, bool multiline)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        // Control characters never belong in an answer; a one-line text gets its line breaks as spaces.
        text = string.Concat(text.Select(c => c == '\n' ? (multiline ? c : ' ') : char.IsControl(c) && c != '\t' ? ' ' : c)).Trim();
        if (text.Length == 0)
        {
            return FieldResult.Empty;
        }
        return text.Length > maxLength
            ? FieldResult.Fail(FieldMessages.Range(field, $"Text může mít nejvýše {CzechFormat.Number(maxLength)} znaků (má {CzechFormat.Number(text.Length)})"))
            : FieldResult.Ok(text);
    }

    private static FieldResult MultiChoice(FormField field, StringValues values)
    {
        var chosen = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            return FieldResult.Empty;
        }
        if (chosen.Any(v => field.Choices.All(c => c.Value != v)))
        {
            return FieldResult.Fail(FieldMessages.Invalid(field));
        }
        // Stored in the order of the choices, so that the same answer is always the same value.
        return new FieldResult(new AnswerValue { Values = field.Choices.Select(c => c.Value).Where(chosen.Contains).ToList() }, null);
    }
}
