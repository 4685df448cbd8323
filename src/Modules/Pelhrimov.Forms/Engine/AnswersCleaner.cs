using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// The answers as they are submitted (<see cref="IFormEngine.Clean"/>): only shown fields of shown sections and steps,
/// identity pre-fill from the verified identity, nothing the definition does not know. Also the first answers of a fill.
/// </summary>
internal static class AnswersCleaner
{
    public static FormAnswers Clean(FormDefinition form, FormAnswers answers, FillContext context)
    {
        var state = new FillState(form, answers, context);
        var clean = new FormAnswers();
        foreach (var step in form.Steps)
        {
            foreach (var section in step.Sections.Where(state.IsSectionVisible))
            {
                if (section.Repeat is null)
                {
                    Copy(state, section, null, clean.Fields);
                    continue;
                }
                var items = new List<Dictionary<string, AnswerValue>>();
                for (var i = 0; i < Math.Min(state.ItemCount(section.Id), section.Repeat.Max); i++)
                {
                    var item = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
                    Copy(state, section, i, item);
                    items.Add(item);
                }
                clean.Groups[section.Id] = items;
            }
        }
        return clean;
    }

    /// <summary>A fresh fill: identity and profile pre-fill, and each repeatable section's least number of items.</summary>
    public static FormAnswers Start(FormDefinition form, FillContext context)
    {
        var answers = new FormAnswers();
        foreach (var section in form.Steps.SelectMany(s => s.Sections))
        {
            if (section.Repeat is { } rule)
            {
                answers.Groups[section.Id] = Enumerable.Range(0, rule.Min)
                    .Select(_ => Initial(section, context)).ToList();
                continue;
            }
            foreach (var (id, value) in Initial(section, context))
            {
                answers.Fields[id] = value;
            }
        }
        return answers;
    }

    private static Dictionary<string, AnswerValue> Initial(FormSection section, FillContext context)
    {
        var values = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var field in section.Fields)
        {
            if (Prefill.Initial(field, context) is { } value)
            {
                values[field.Id] = value;
            }
        }
        return values;
    }

    private static void Copy(FillState state, FormSection section, int? item, Dictionary<string, AnswerValue> target)
    {
        foreach (var field in section.Fields)
        {
            var place = state.Map.Fields[field.Id];
            if (field.Type is FieldType.Info or FieldType.Computed || !state.IsVisible(place, item))
            {
                continue;
            }
            if ((Prefill.Verified(field, state.Context) ?? state.Stored(place, item)) is { } value)
            {
                target[field.Id] = value;
            }
        }
    }
}
