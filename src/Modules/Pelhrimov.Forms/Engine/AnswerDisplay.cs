using System.Globalization;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Validation;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine.Fields;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// An answer as people read it (check-your-answers, admin, PDF, e-mail): <c>29. 11. 2026</c>, <c>1 500 Kč</c>, choice
/// labels, Ano/Ne, an address on one line, a file with its size. Plain text: the caller HTML-escapes it. Empty for no answer.
/// </summary>
public static class AnswerDisplay
{
    public static string Show(FormField field, AnswerValue? value)
    {
        if (value is null)
        {
            return "";
        }
        if (value.File is { } file)
        {
            return $"{file.Name} ({CzechFormat.FileSize(file.Size)})";
        }
        if (value.Address is { } address)
        {
            return Address(address);
        }
        if (value.Values is { } values)
        {
            return string.Join(", ", values.Select(v => Label(field, v)));
        }
        return value.Text is { } text ? Text(field, text) : "";
    }

    public static string Address(AddressValue a)
    {
        var place = a.Street.Length > 0 ? $"{a.Street} {a.HouseNumber}" : $"{a.Town} {a.HouseNumber}";
        return $"{place.Trim()}, {PostCode.Format(a.PostCode)} {a.Town}";
    }

    private static string Text(FormField field, string text) => field.Type switch
    {
        FieldType.Number => Number(text) is { } n ? NumberText(n) : text,
        FieldType.Amount => Number(text) is { } n ? CzechFormat.Money(n) : text,
        FieldType.Date => DateText(text),
        FieldType.Phone => CzechPhone.Format(text),
        FieldType.BirthNumber => BirthNumber.Format(text),
        FieldType.Microchip => DogMicrochip.Format(text),
        FieldType.IdCardNumber => IdCardNumber.Format(text),
        FieldType.YesNo => text switch { "ano" => "Ano", "ne" => "Ne", _ => text },
        FieldType.Choice or FieldType.MultiChoice => Label(field, text),
        FieldType.Computed => field.Format switch
        {
            ValueFormat.Amount when Number(text) is { } n => CzechFormat.Money(n),
            ValueFormat.Number when Number(text) is { } n => NumberText(n),
            ValueFormat.Date => DateText(text),
            _ => text,
        },
        _ => text,
    };

    private static string Label(FormField field, string value) => field.Choices.FirstOrDefault(c => c.Value == value)?.Label ?? value;

    private static string NumberText(decimal n) => n.ToString("#,##0.##########", CzechFormat.Culture);

    private static string DateText(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? CzechFormat.Date(d) : text;

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : NumberInput.Parse(text);
}
