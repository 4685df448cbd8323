using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>
/// Puts a posted settings form into the definition's step, section or field. What cannot even be read (a number that
/// is not one, an empty label) is returned as errors by input key and nothing should be saved; the rest of the
/// checking is the definition reader's.
/// </summary>
public static class ItemSettings
{
    public static IReadOnlyList<(string Key, string Message)> Apply(ItemSettingsInput input, DefinitionItem item, FormDefinition form)
    {
        var errors = new List<(string, string)>();
        var label = input.Label?.Trim();
        var (condition, conditionKey, conditionError) = SimpleCondition.Read(input, Current(item), form);
        if (conditionError is not null)
        {
            errors.Add((conditionKey!, conditionError));
        }
        switch (item.Kind)
        {
            case ItemKind.Step:
                if (string.IsNullOrEmpty(label))
                {
                    errors.Add(("Label", "Zadejte název kroku."));
                }
                item.Step.Title = label ?? "";
                item.Step.Intro = Text(input.Hint);
                item.Step.ShowWhen = condition;
                break;
            case ItemKind.Section:
                ApplySection(input, item.Section!, errors);
                item.Section!.Title = string.IsNullOrEmpty(label) ? null : label;
                item.Section.ShowWhen = condition;
                break;
            default:
                if (string.IsNullOrEmpty(label))
                {
                    errors.Add(("Label", item.Field!.Type == FieldType.Info ? "Zadejte text informace." : "Zadejte otázku (popisek pole)."));
                }
                item.Field!.Label = label ?? "";
                item.Field.ShowWhen = condition;
                FieldSettings.Apply(input, item.Field, errors);
                break;
        }
        var id = input.Id?.Trim();
        if (errors.Count == 0 && !string.IsNullOrEmpty(id) && id != item.Id)
        {
            var old = item.Id;
            SetId(item, id);
            DefinitionEditor.Rename(form, old, id);
        }
        return errors;
    }

    private static void ApplySection(ItemSettingsInput input, FormSection section, List<(string, string)> errors)
    {
        if (!input.Repeats)
        {
            section.Repeat = null;
            return;
        }
        if (!BuilderNumbers.TryReadWhole(input.RepeatMin, out var min))
        {
            errors.Add(("RepeatMin", "Nejmenší počet položek zadejte jako celé číslo, například 1."));
        }
        if (!BuilderNumbers.TryReadWhole(input.RepeatMax, out var max))
        {
            errors.Add(("RepeatMax", "Největší počet položek zadejte jako celé číslo, například 10."));
        }
        if (max is > 50)
        {
            errors.Add(("RepeatMax", "Opakovatelný oddíl může mít nejvýše 50 položek."));
        }
        if (min is < 1)
        {
            errors.Add(("RepeatMin", "Nejmenší počet položek je 1."));
        }
        var rule = new RepeatRule { Min = min ?? 1, Max = max ?? 10 };
        rule.AddLabel = Text(input.AddLabel) ?? rule.AddLabel;
        rule.ItemLabel = Text(input.ItemLabel) ?? rule.ItemLabel;
        section.Repeat = rule;
    }

    private static Condition? Current(DefinitionItem item) => item.Kind switch
    {
        ItemKind.Step => item.Step.ShowWhen,
        ItemKind.Section => item.Section!.ShowWhen,
        _ => item.Field!.ShowWhen,
    };

    private static void SetId(DefinitionItem item, string id)
    {
        switch (item.Kind)
        {
            case ItemKind.Step:
                item.Step.Id = id;
                break;
            case ItemKind.Section:
                item.Section!.Id = id;
                break;
            default:
                item.Field!.Id = id;
                break;
        }
    }

    internal static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
