using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>A field's own settings from the builder's form: only those that fit its (possibly new) type are kept.</summary>
internal static class FieldSettings
{
    public static void Apply(ItemSettingsInput input, FormField field, List<(string, string)> errors)
    {
        var type = BuilderTexts.FieldTypes.FirstOrDefault(t => ItemSettingsInput.TypeName(t.Type) == input.Type).Type;
        if (input.Type is not null && ItemSettingsInput.TypeName(type) != input.Type)
        {
            errors.Add(("Type", "Vyberte druh pole ze seznamu."));
            return;
        }
        var changed = input.Type is not null && type != field.Type;
        field.Type = input.Type is null ? field.Type : type;
        type = field.Type;
        field.Hint = ItemSettings.Text(input.Hint);
        field.Required = input.Required && type is not (FieldType.Info or FieldType.Computed);
        field.Errors = new FieldErrors { Required = ItemSettings.Text(input.ErrorRequired), Invalid = ItemSettings.Text(input.ErrorInvalid), Range = ItemSettings.Text(input.ErrorRange) };
        var choice = type is FieldType.Choice or FieldType.MultiChoice;
        field.Choices = choice ? Choices(changed && string.IsNullOrWhiteSpace(input.Choices) ? "Možnost 1\nMožnost 2" : input.Choices) : [];
        field.MaxLength = type is FieldType.Text or FieldType.LongText ? Whole(input.MaxLength, "MaxLength", "Nejvyšší počet znaků zadejte jako celé číslo.", errors) : null;
        var numeric = type is FieldType.Number or FieldType.Amount;
        field.Min = numeric ? Number(input.Min, "Min", errors) : null;
        field.Max = numeric ? Number(input.Max, "Max", errors) : null;
        field.Decimals = type == FieldType.Number ? Whole(input.Decimals, "Decimals", "Počet desetinných míst zadejte jako celé číslo 0 až 6.", errors) : null;
        field.MinDate = type == FieldType.Date ? ItemSettings.Text(input.MinDate) : null;
        field.MaxDate = type == FieldType.Date ? ItemSettings.Text(input.MaxDate) : null;
        field.Accept = type == FieldType.File ? input.Accept.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList() : [];
        field.MaxBytes = type == FieldType.File && Number(input.MaxMegabytes, "MaxMegabytes", errors) is { } megabytes
            ? (long)Math.Round(Math.Clamp(megabytes, 0, 1_000_000) * 1024 * 1024)
            : null;
        field.Expression = type == FieldType.Computed ? ItemSettings.Text(input.Expression) ?? (changed ? "0" : null) : null;
        field.Format = type == FieldType.Computed ? BuilderTexts.Formats.FirstOrDefault(f => ItemSettingsInput.Enum(f.Format) == input.Format).Format : ValueFormat.Number;
        field.Prefill = BuilderTexts.Prefills.FirstOrDefault(p => ItemSettingsInput.Enum(p.Source) == input.Prefill && p.Fits == type) is { Name: not null } fits
            ? fits.Source
            : null;
        if (!string.IsNullOrEmpty(input.Prefill) && field.Prefill is null && !changed)
        {
            errors.Add(("Prefill", "Toto předvyplnění se k druhu pole nehodí."));
        }
    }

    /// <summary>"Popisek" or "Popisek | hodnota" per line.</summary>
    private static List<FieldChoice> Choices(string? text)
    {
        var result = new List<FieldChoice>();
        foreach (var line in (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var bar = line.LastIndexOf('|');
            var label = (bar < 0 ? line : line[..bar]).Trim();
            var value = bar < 0 ? BuilderIds.Stem(label) : line[(bar + 1)..].Trim();
            result.Add(new FieldChoice { Label = label, Value = value.Length > 0 ? value : label });
        }
        return result;
    }

    private static decimal? Number(string? text, string key, List<(string, string)> errors)
    {
        if (BuilderNumbers.TryRead(text, out var value))
        {
            return value;
        }
        errors.Add((key, "Zadejte číslo, například 1 500 nebo 0,5."));
        return null;
    }

    private static int? Whole(string? text, string key, string message, List<(string, string)> errors)
    {
        if (BuilderNumbers.TryReadWhole(text, out var value))
        {
            return value;
        }
        errors.Add((key, message));
        return null;
    }
}
