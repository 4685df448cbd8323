using System.Globalization;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine.Fields;

/// <summary>Dates as people type them (<c>29. 11. 2026</c>, <c>29.11.2026</c>, ISO <c>2026-11-29</c>); stored ISO.</summary>
public static class DateInput
{
    private static readonly string[] Formats = ["d.M.yyyy", "yyyy-MM-dd"];

    public static DateOnly? Parse(string text)
    {
        var s = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not '\u00A0'));
        return DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    public static string Normalize(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static FieldResult Read(FormField field, string text, DateOnly today)
    {
        if (Parse(text) is not { } date)
        {
            return FieldResult.Fail(FieldMessages.Invalid(field));
        }
        var min = field.MinDate is null ? null : DateLimit.Resolve(field.MinDate, today);
        var max = field.MaxDate is null ? null : DateLimit.Resolve(field.MaxDate, today);
        if ((min is { } earliest && date < earliest) || (max is { } latest && date > latest))
        {
            return FieldResult.Fail(FieldMessages.Range(field, (min, max) switch
            {
                ({ } a, { } b) => $"Zadejte datum od {CzechFormat.Date(a)} do {CzechFormat.Date(b)}",
                ({ } a, null) => $"Datum musí být {CzechFormat.Date(a)} nebo pozdější",
                (null, { } b) => $"Datum musí být {CzechFormat.Date(b)} nebo dřívější",
                _ => FieldMessages.Invalid(field),
            }));
        }
        return FieldResult.Ok(Normalize(date));
    }
}
