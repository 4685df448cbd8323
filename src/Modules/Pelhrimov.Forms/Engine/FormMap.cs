using System.Runtime.CompilerServices;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine;

/// <summary>Where a field stands in its form: its step, its section and its position in the whole form.</summary>
public sealed record FieldPlace(FormStep Step, FormSection Section, FormField Field, int Order)
{
    /// <summary>The repeatable section the field is in; null at the top level.</summary>
    public string? GroupId => Section.Repeat is null ? null : Section.Id;
}

/// <summary>An index of a definition's fields and sections by id, built once per definition object.</summary>
public sealed class FormMap
{
    private static readonly ConditionalWeakTable<FormDefinition, FormMap> Maps = [];

    private FormMap(FormDefinition form)
    {
        var order = 0;
        foreach (var step in form.Steps)
        {
            foreach (var section in step.Sections)
            {
                Sections.TryAdd(section.Id, (step, section));
                foreach (var field in section.Fields)
                {
                    var place = new FieldPlace(step, section, field, order++);
                    Fields.TryAdd(field.Id, place);
                    All.Add(place);
                }
            }
        }
    }

    public Dictionary<string, FieldPlace> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (FormStep Step, FormSection Section)> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>Every field in the order of the form.</summary>
    public List<FieldPlace> All { get; } = [];

    /// <summary>The map of a definition (definitions are not changed after they are read).</summary>
    public static FormMap Of(FormDefinition form) => Maps.GetValue(form, f => new FormMap(f));
}
