using System.Globalization;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

public enum ItemKind
{
    Step,
    Section,
    Field,
}

/// <summary>
/// A step, section or field of a definition found by its id (ids are unique across a form), with its place: the
/// indexes of its step, section and field, and the JSON path the definition reader reports problems at.
/// </summary>
public sealed record DefinitionItem(ItemKind Kind, FormStep Step, int StepIndex, FormSection? Section, int SectionIndex, FormField? Field, int FieldIndex)
{
    public string Id => Field?.Id ?? Section?.Id ?? Step.Id;

    /// <summary><c>$.steps[1].sections[0].fields[2]</c>.</summary>
    public string Path => Kind switch
    {
        ItemKind.Step => Invariant($"$.steps[{StepIndex}]"),
        ItemKind.Section => Invariant($"$.steps[{StepIndex}].sections[{SectionIndex}]"),
        _ => Invariant($"$.steps[{StepIndex}].sections[{SectionIndex}].fields[{FieldIndex}]"),
    };

    /// <summary>How buttons and messages name it: the field's label, the section's or step's title.</summary>
    public string Name => Kind switch
    {
        ItemKind.Step => Step.Title,
        ItemKind.Section => Section!.Title ?? (Section.Repeat is null ? "Oddíl bez nadpisu" : "Opakovatelný oddíl bez nadpisu"),
        _ => Field!.Label,
    };

    /// <summary>"pole „Jméno psa“", "oddíl „Pes“", "krok „Vaše údaje“".</summary>
    public string Described => Kind switch
    {
        ItemKind.Step => $"krok „{BuilderTexts.Abbreviate(Name)}“",
        ItemKind.Section => $"oddíl „{BuilderTexts.Abbreviate(Name)}“",
        _ => $"pole „{BuilderTexts.Abbreviate(Name)}“",
    };

    /// <summary>Finds the item with this id, or null.</summary>
    public static DefinitionItem? Find(FormDefinition form, string? id) =>
        id is null ? null : All(form).FirstOrDefault(i => i.Id == id);

    /// <summary>Every step, section and field in the order of the form.</summary>
    public static IEnumerable<DefinitionItem> All(FormDefinition form)
    {
        for (var s = 0; s < form.Steps.Count; s++)
        {
            var step = form.Steps[s];
            yield return new DefinitionItem(ItemKind.Step, step, s, null, -1, null, -1);
            for (var i = 0; i < step.Sections.Count; i++)
            {
                var section = step.Sections[i];
                yield return new DefinitionItem(ItemKind.Section, step, s, section, i, null, -1);
                for (var f = 0; f < section.Fields.Count; f++)
                {
                    yield return new DefinitionItem(ItemKind.Field, step, s, section, i, section.Fields[f], f);
                }
            }
        }
    }

    /// <summary>The item a JSON path of a problem points into (the deepest one), or null for the form itself.</summary>
    public static DefinitionItem? AtPath(FormDefinition form, string path) =>
        All(form).Where(i => path == i.Path || path.StartsWith(i.Path + ".", StringComparison.Ordinal) || path.StartsWith(i.Path + "[", StringComparison.Ordinal))
            .OrderByDescending(i => i.Path.Length).FirstOrDefault();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
