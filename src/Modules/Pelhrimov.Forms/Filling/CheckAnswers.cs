using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Forms.Filling;

/// <summary>The rows of check-your-answers (and of the receipt and the e-mail): every visible question with its answer.</summary>
public static class CheckAnswers
{
    /// <summary>The visible steps with their answered rows; <paramref name="paths"/> null gives rows without change links.</summary>
    public static IReadOnlyList<CheckStep> Build(IFormEngine engine, FormDefinition form, FormAnswers answers, FillContext context, FormPaths? paths)
    {
        var computed = engine.Compute(form, answers, context);
        var steps = new List<CheckStep>();
        foreach (var step in engine.VisibleSteps(form, answers, context))
        {
            var change = paths?.StepThenCheck(step.Id);
            var rows = new List<CheckRow>();
            foreach (var section in step.Sections.Where(s => engine.IsVisible(form, s.ShowWhen, answers, null, null, context)))
            {
                if (section.Repeat is { } rule)
                {
                    var items = answers.Groups.GetValueOrDefault(section.Id) ?? [];
                    for (var i = 0; i < items.Count; i++)
                    {
                        var label = rule.ItemLabel.Replace("{n}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                        foreach (var field in section.Fields.Where(f => Shown(f) && engine.IsVisible(form, f.ShowWhen, answers, section.Id, i, context)))
                        {
                            rows.Add(Row(engine, field, $"{label}: {field.Label}", items[i].GetValueOrDefault(field.Id), computed.GetValueOrDefault($"{section.Id}[{i}].{field.Id}"), change));
                        }
                    }
                    continue;
                }
                foreach (var field in section.Fields.Where(f => Shown(f) && engine.IsVisible(form, f.ShowWhen, answers, null, null, context)))
                {
                    rows.Add(Row(engine, field, field.Label, answers.Fields.GetValueOrDefault(field.Id), computed.GetValueOrDefault(field.Id), change));
                }
            }
            steps.Add(new CheckStep(step.Title, rows));
        }
        return steps;
    }

    private static bool Shown(FormField field) => field.Type != FieldType.Info;

    private static CheckRow Row(IFormEngine engine, FormField field, string label, AnswerValue? value, decimal? computed, string? change)
    {
        var verified = field.Prefill is PrefillSource.IdentityName or PrefillSource.IdentityGivenName or PrefillSource.IdentityFamilyName
            or PrefillSource.IdentityDateOfBirth or PrefillSource.IdentityAddress && value is not null;
        var text = field.Type == FieldType.Computed
            ? computed is { } number ? StepPageBuilder.FormatComputed(field, number) : ""
            : engine.Display(field, value);
        return new CheckRow(label, text, field.Type == FieldType.Computed || verified ? null : change, verified);
    }
}
