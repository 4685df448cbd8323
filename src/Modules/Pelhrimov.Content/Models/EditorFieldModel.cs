using Pelhrimov.Content.Domain;

namespace Pelhrimov.Content.Models;

/// <summary>One field of the editor form: its form name, label, current value and how to render it.</summary>
public sealed record EditorFieldModel(string Name, string Label, string Value, FieldKind Kind, bool Required, string? Hint, EditorModel Editor, FieldDefinition? Field = null)
{
    public string InputType { get; init; } = Kind switch
    {
        FieldKind.Date => "date",
        FieldKind.Number => "number",
        _ => "text",
    };
}
