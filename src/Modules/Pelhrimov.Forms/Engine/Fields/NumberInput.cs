using System.Globalization;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine.Fields;

/// <summary>
/// Numbers and amounts as people type them: a decimal comma or dot, spaces between thousands (<c>1 500,50</c>),
/// a trailing <c>Kč</c> or <c>,-</c>. Stored in invariant form without trailing zeros (<c>1500.5</c>).
/// </summary>
public static class NumberInput
{
    public static decimal? Parse(string text)
    {
        var s = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F'));
        foreach (var suffix in new[] { "Kč", "kč", "KČ", ",-", ",–", ".-" })
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length];
            }
        }
        s = s.Replace('−', '-');
        if (s.Contains(',', StringComparison.Ordinal) && s.Contains('.', StringComparison.Ordinal))
        {
            // "1.500,50": the dot groups thousands.
            s = s.Replace(".", "", StringComparison.Ordinal);
        }
        s = s.Replace(',', '.');
        return s.Length is > 0 and <= 40
            && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>Invariant text without trailing zeros: <c>1500.5</c>, <c>12</c>.</summary>
    public static string Normalize(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    public static FieldResult Read(FormField field, string text)
    {
        if (Parse(text) is not { } value)
        {
            return FieldResult.Fail(FieldMessages.Invalid(field));
        }
        var amount = field.Type == FieldType.Amount;
        var decimals = field.Decimals ?? (amount ? 2 : 0);
        if (Math.Round(value, Math.Clamp(decimals, 0, 10)) != value)
        {
            return FieldResult.Fail(FieldMessages.Range(field, decimals == 0
                ? (amount ? "Zadejte částku v celých korunách" : "Zadejte celé číslo")
                : $"Zadejte číslo s nejvýše {decimals} desetinnými místy"));
        }
        if ((field.Min is { } min && value < min) || (field.Max is { } max && value > max))
        {
            return FieldResult.Fail(FieldMessages.Range(field, RangeText(field, amount)));
        }
        return FieldResult.Ok(Normalize(value));
    }

    private static string RangeText(FormField field, bool amount)
    {
        string Show(decimal n) => amount ? CzechFormat.Money(n) : n.ToString("#,##0.##########", CzechFormat.Culture);
        var what = amount ? "částku" : "číslo";
        return (field.Min, field.Max) switch
        {
            ({ } min, { } max) => $"Zadejte {what} od {Show(min)} do {Show(max)}",
            ({ } min, null) => $"Zadejte {what} {Show(min)} nebo větší",
            (null, { } max) => $"Zadejte {what} {Show(max)} nebo menší",
            _ => FieldMessages.Invalid(field),
        };
    }
}
