using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Filling;

namespace Pelhrimov.Forms.Builder;

/// <summary>What the live preview shows: one step as a citizen sees it at the start, and what is hidden by a condition there.</summary>
public sealed record BuilderPreview(
    FormStep Step, int StepNumber, int StepCount, IReadOnlyList<SectionView> Sections, IReadOnlyList<string> Hidden, IReadOnlyList<string> Problems);

/// <summary>Builds the live preview with the citizen pages' own <see cref="StepPageBuilder"/>, for an anonymous visitor.</summary>
public sealed class BuilderPreviews(IFormEngine engine, StepPageBuilder pages, TimeProvider clock)
{
    public BuilderPreview For(FormDefinition form, FormStep step, IReadOnlyList<string>? problems = null)
    {
        var context = new FillContext(null, null, null, null, CzechFormat.Today(clock));
        var answers = engine.Start(form, context);
        var sections = pages.Sections(form, step, answers, null, [], context);
        var shown = sections.SelectMany(s => s.Fields.Concat(s.Items.SelectMany(i => i.Fields))).Select(f => f.Field).ToHashSet();
        var hidden = new List<string>();
        if (step.ShowWhen is { } stepCondition)
        {
            hidden.Add($"Celý krok se zobrazí, jen když {ConditionText.Describe(form, stepCondition)}.");
        }
        foreach (var section in step.Sections)
        {
            if (sections.All(s => s.Section != section) && section.ShowWhen is { } sectionCondition)
            {
                hidden.Add($"Oddíl „{section.Title ?? section.Id}“ se zobrazí, když {ConditionText.Describe(form, sectionCondition)}.");
                continue;
            }
            foreach (var field in section.Fields.Where(f => !shown.Contains(f) && f.ShowWhen is not null))
            {
                hidden.Add($"Pole „{BuilderTexts.Abbreviate(field.Label)}“ se zobrazí, když {ConditionText.Describe(form, field.ShowWhen!)}.");
            }
        }
        var number = form.Steps.IndexOf(step) + 1;
        return new BuilderPreview(step, number, form.Steps.Count, sections, hidden, problems ?? []);
    }
}
