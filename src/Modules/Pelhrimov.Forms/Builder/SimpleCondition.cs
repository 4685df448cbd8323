using System.Globalization;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>
/// The "show when" the builder edits: one earlier field, an operator and a value. Combined conditions (all, any, not,
/// in) are kept as they are; the advanced JSON view edits those.
/// </summary>
public static class SimpleCondition
{
    /// <summary>Whether the condition is more than one comparison the builder's form can show.</summary>
    public static bool IsCombined(Condition? condition) =>
        condition is not null && (condition.Field is null || condition.In is not null || condition.Filled == false);

    public static void Fill(ItemSettingsInput input, Condition? condition)
    {
        if (condition is null || IsCombined(condition))
        {
            return;
        }
        input.WhenField = condition.Field;
        (input.WhenOperator, input.WhenValue) = condition switch
        {
            { EqualTo: { } value } => ("equals", value),
            { NotEqualTo: { } value } => ("not-equals", value),
            { GreaterThan: { } number } => ("greater", number.ToString(CultureInfo.InvariantCulture)),
            { LessThan: { } number } => ("less", number.ToString(CultureInfo.InvariantCulture)),
            _ => ("filled", null),
        };
    }

    /// <summary>
    /// The condition the input describes (a choice's label is taken as its value), or an error for the key
    /// <c>WhenValue</c>/<c>WhenOperator</c>; <paramref name="current"/> stays when it is combined and not removed.
    /// </summary>
    public static (Condition? Condition, string? Key, string? Error) Read(ItemSettingsInput input, Condition? current, FormDefinition form)
    {
        if (string.IsNullOrEmpty(input.WhenField))
        {
            return (IsCombined(current) && !input.RemoveCombined ? current : null, null, null);
        }
        var target = DefinitionItem.Find(form, input.WhenField)?.Field;
        var value = input.WhenValue?.Trim();
        switch (input.WhenOperator)
        {
            case "filled":
                return (new Condition { Field = input.WhenField, Filled = true }, null, null);
            case "greater" or "less":
                if (!BuilderNumbers.TryRead(value, out var number) || number is null)
                {
                    return (null, "WhenValue", "Pro porovnání „větší“ nebo „menší“ zadejte číslo, například 18.");
                }
                return (input.WhenOperator == "greater"
                    ? new Condition { Field = input.WhenField, GreaterThan = number }
                    : new Condition { Field = input.WhenField, LessThan = number }, null, null);
            case "equals" or "not-equals":
                if (string.IsNullOrEmpty(value))
                {
                    return (null, "WhenValue", "Zadejte hodnotu, se kterou se má odpověď porovnat, například „ano“.");
                }
                var choices = target is null ? [] : Choices(target);
                if (choices.Count > 0)
                {
                    var match = choices.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Label, value, StringComparison.OrdinalIgnoreCase));
                    if (match is null)
                    {
                        return (null, "WhenValue", $"Pole „{target!.Label}“ má jen tyto možnosti: {string.Join(", ", choices.Select(c => c.Label))}.");
                    }
                    value = match.Value;
                }
                return (input.WhenOperator == "equals"
                    ? new Condition { Field = input.WhenField, EqualTo = value }
                    : new Condition { Field = input.WhenField, NotEqualTo = value }, null, null);
            default:
                return (null, "WhenOperator", "Vyberte, jak se má odpověď porovnat.");
        }
    }

    /// <summary>The values a field can have that a condition may compare with: yes/no, or its choices.</summary>
    public static IReadOnlyList<FieldChoice> Choices(FormField field) => field.Type switch
    {
        FieldType.YesNo => [new FieldChoice { Value = "ano", Label = "Ano" }, new FieldChoice { Value = "ne", Label = "Ne" }],
        FieldType.Choice or FieldType.MultiChoice => field.Choices,
        _ => [],
    };

    /// <summary>The fields a condition of <paramref name="item"/> may read: earlier ones with a value, outside other repeatable sections.</summary>
    public static IReadOnlyList<FormField> Candidates(FormDefinition form, DefinitionItem item)
    {
        var group = item.Kind == ItemKind.Field && item.Section!.Repeat is not null ? item.Section.Id : null;
        var result = new List<FormField>();
        foreach (var other in DefinitionItem.All(form).TakeWhile(i => i.Id != item.Id))
        {
            if (other.Kind == ItemKind.Field && other.Field!.Type != FieldType.Info
                && (other.Section!.Repeat is null || other.Section.Id == group))
            {
                result.Add(other.Field);
            }
        }
        return result;
    }
}
