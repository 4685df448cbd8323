using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>
/// The builder's changes to a definition's steps, sections and fields: add, move up or down among its siblings,
/// delete. It only rearranges the object model; whether the result is a valid form is the definition reader's to say
/// when the draft is saved (a step without fields, a condition reading a later field).
/// </summary>
public static class DefinitionEditor
{
    /// <summary>A new step with one section holding its first field; returns the field.</summary>
    public static FormField AddStep(FormDefinition form, string title, string firstLabel, FieldType firstType)
    {
        var taken = BuilderIds.Taken(form);
        var step = new FormStep { Id = Take(taken, BuilderIds.From(title, taken, "krok")), Title = title };
        var section = new FormSection { Id = Take(taken, BuilderIds.From(step.Id + "-oddil", taken, "oddil")) };
        var field = NewField(firstLabel, firstType, taken);
        section.Fields.Add(field);
        step.Sections.Add(section);
        form.Steps.Add(step);
        return field;
    }

    /// <summary>A new section at the end of the step, with its first field; returns the section.</summary>
    public static FormSection AddSection(FormStep step, FormDefinition form, string? title, bool repeats, string firstLabel, FieldType firstType)
    {
        var taken = BuilderIds.Taken(form);
        var section = new FormSection
        {
            Id = Take(taken, BuilderIds.From(title ?? "oddil", taken, "oddil")),
            Title = title,
            Repeat = repeats ? new RepeatRule() : null,
        };
        section.Fields.Add(NewField(firstLabel, firstType, taken));
        step.Sections.Add(section);
        return section;
    }

    /// <summary>A new field at the end of the section.</summary>
    public static FormField AddField(FormSection section, FormDefinition form, string label, FieldType type)
    {
        var field = NewField(label, type, BuilderIds.Taken(form));
        section.Fields.Add(field);
        return field;
    }

    /// <summary>Whether the item has a sibling before (<paramref name="up"/>) or after it.</summary>
    public static bool CanMove(FormDefinition form, DefinitionItem item, bool up)
    {
        var (index, count) = item.Kind switch
        {
            ItemKind.Step => (item.StepIndex, form.Steps.Count),
            ItemKind.Section => (item.SectionIndex, item.Step.Sections.Count),
            _ => (item.FieldIndex, item.Section!.Fields.Count),
        };
        return up ? index > 0 : index < count - 1;
    }

    /// <summary>Swaps the item with its previous or next sibling; false when there is none.</summary>
    public static bool Move(FormDefinition form, DefinitionItem item, bool up)
    {
        if (!CanMove(form, item, up))
        {
            return false;
        }
        var delta = up ? -1 : 1;
        switch (item.Kind)
        {
            case ItemKind.Step:
                Swap(form.Steps, item.StepIndex, delta);
                break;
            case ItemKind.Section:
                Swap(item.Step.Sections, item.SectionIndex, delta);
                break;
            default:
                Swap(item.Section!.Fields, item.FieldIndex, delta);
                break;
        }
        return true;
    }

    /// <summary>Removes the item (a step or section with everything in it).</summary>
    public static void Delete(FormDefinition form, DefinitionItem item)
    {
        switch (item.Kind)
        {
            case ItemKind.Step:
                form.Steps.RemoveAt(item.StepIndex);
                break;
            case ItemKind.Section:
                item.Step.Sections.RemoveAt(item.SectionIndex);
                break;
            default:
                item.Section!.Fields.RemoveAt(item.FieldIndex);
                break;
        }
    }

    /// <summary>Renames an id and every simple condition that reads it (expressions are text: the reader reports those).</summary>
    public static void Rename(FormDefinition form, string from, string to)
    {
        foreach (var item in DefinitionItem.All(form))
        {
            Rename(item.Kind switch { ItemKind.Step => item.Step.ShowWhen, ItemKind.Section => item.Section!.ShowWhen, _ => item.Field!.ShowWhen }, from, to);
        }
    }

    private static void Rename(Condition? condition, string from, string to)
    {
        if (condition is null)
        {
            return;
        }
        if (condition.Field == from)
        {
            condition.Field = to;
        }
        foreach (var inner in (condition.All ?? []).Concat(condition.Any ?? []).Append(condition.Not))
        {
            Rename(inner, from, to);
        }
    }

    private static FormField NewField(string label, FieldType type, HashSet<string> taken)
    {
        var field = new FormField { Id = Take(taken, BuilderIds.From(label, taken, "pole")), Label = label, Type = type };
        if (type is FieldType.Choice or FieldType.MultiChoice)
        {
            field.Choices = [new FieldChoice { Value = "moznost-1", Label = "Možnost 1" }, new FieldChoice { Value = "moznost-2", Label = "Možnost 2" }];
        }
        if (type == FieldType.Computed)
        {
            field.Expression = "0";
        }
        return field;
    }

    private static string Take(HashSet<string> taken, string id)
    {
        taken.Add(id);
        return id;
    }

    private static void Swap<T>(List<T> list, int index, int delta) =>
        (list[index], list[index + delta]) = (list[index + delta], list[index]);
}
