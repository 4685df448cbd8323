using System.Globalization;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>
/// The settings form of one step, section or field as the editor posts it (prefix <c>b</c>). Numbers are text so that a
/// Czech "1 500,5" is read here with a Czech message instead of by the model binder; choices are one per line
/// ("Popisek", or "Popisek | hodnota" to keep a stored value).
/// </summary>
public sealed class ItemSettingsInput
{
    public string? Label { get; set; }
    public string? Id { get; set; }
    public string? Hint { get; set; }
    public string? Type { get; set; }
    public bool Required { get; set; }
    public string? ErrorRequired { get; set; }
    public string? ErrorInvalid { get; set; }
    public string? ErrorRange { get; set; }
    public string? Choices { get; set; }
    public string? MaxLength { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public string? Decimals { get; set; }
    public string? MinDate { get; set; }
    public string? MaxDate { get; set; }
    public List<string> Accept { get; set; } = [];
    public string? MaxMegabytes { get; set; }
    public string? Expression { get; set; }
    public string? Format { get; set; }
    public string? Prefill { get; set; }

    /// <summary>"Show when": an earlier field's id (empty: always), an operator of <see cref="BuilderTexts.Operators"/>, a value.</summary>
    public string? WhenField { get; set; }
    public string? WhenOperator { get; set; }
    public string? WhenValue { get; set; }

    /// <summary>Drop a combined condition (all/any/not) that the simple form cannot show.</summary>
    public bool RemoveCombined { get; set; }

    public bool Repeats { get; set; }
    public string? RepeatMin { get; set; }
    public string? RepeatMax { get; set; }
    public string? AddLabel { get; set; }
    public string? ItemLabel { get; set; }

    /// <summary>The settings as stored, for the form shown before any post.</summary>
    public static ItemSettingsInput From(DefinitionItem item)
    {
        var input = new ItemSettingsInput { Id = item.Id };
        switch (item.Kind)
        {
            case ItemKind.Step:
                (input.Label, input.Hint) = (item.Step.Title, item.Step.Intro);
                SimpleCondition.Fill(input, item.Step.ShowWhen);
                break;
            case ItemKind.Section:
                var section = item.Section!;
                input.Label = section.Title;
                SimpleCondition.Fill(input, section.ShowWhen);
                input.Repeats = section.Repeat is not null;
                var rule = section.Repeat ?? new RepeatRule();
                (input.RepeatMin, input.RepeatMax, input.AddLabel, input.ItemLabel) = (Text(rule.Min), Text(rule.Max), rule.AddLabel, rule.ItemLabel);
                break;
            default:
                FillField(input, item.Field!);
                break;
        }
        return input;
    }

    private static void FillField(ItemSettingsInput input, FormField field)
    {
        input.Label = field.Label;
        input.Hint = field.Hint;
        input.Type = TypeName(field.Type);
        input.Required = field.Required;
        (input.ErrorRequired, input.ErrorInvalid, input.ErrorRange) = (field.Errors.Required, field.Errors.Invalid, field.Errors.Range);
        input.Choices = string.Join('\n', field.Choices.Select(c => BuilderIds.Stem(c.Label) == c.Value ? c.Label : $"{c.Label} | {c.Value}"));
        input.MaxLength = field.MaxLength is { } length ? Text(length) : null;
        input.Min = Number(field.Min);
        input.Max = Number(field.Max);
        input.Decimals = field.Decimals is { } decimals ? Text(decimals) : null;
        (input.MinDate, input.MaxDate) = (field.MinDate, field.MaxDate);
        input.Accept = [.. field.Accept];
        input.MaxMegabytes = field.MaxBytes is { } bytes ? Number(bytes / 1024m / 1024m) : null;
        input.Expression = field.Expression;
        input.Format = Enum(field.Format);
        input.Prefill = field.Prefill is { } prefill ? Enum(prefill) : null;
        SimpleCondition.Fill(input, field.ShowWhen);
    }

    /// <summary>The JSON name of an enum value (<c>long-text</c>, <c>identity.name</c>).</summary>
    public static string Enum<T>(T value) where T : struct, System.Enum =>
        System.Text.Json.JsonSerializer.Serialize(value, DefinitionJson.Options).Trim('"');

    public static string TypeName(FieldType type) => Enum(type);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value is { } v ? v.ToString("0.##", CzechFormat.Culture) : null;
}
