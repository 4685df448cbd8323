using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;

namespace Pelhrimov.Forms.Builder;

/// <summary>
/// The builder page: the outline of a version's definition, the settings of the selected item (or of the form), the
/// forms that add items, and the live preview of the selected item's step. Read-only unless the version is the draft.
/// </summary>
public sealed record BuilderPage(
    Form Form,
    FormVersion Version,
    FormDefinition Definition,
    DefinitionItem? Selected,
    BuilderPreview Preview)
{
    public bool Editable => !Version.IsPublished;

    public string BasePath => $"/admin/formulare/{Form.Slug}/sestavit";

    /// <summary>The id of the element that takes focus on load (the edited item, the moved button); null for none.</summary>
    public string? Focus { get; init; }

    public ItemSettingsInput? Settings { get; init; }

    public FormSettingsInput FormSettings { get; init; } = new();

    public NewItemInput NewStep { get; init; } = new();

    public NewItemInput NewSection { get; init; } = new();

    public NewItemInput NewField { get; init; } = new();

    /// <summary>The address of the builder with an item selected.</summary>
    public string Select(string id) => BasePath + "?vyber=" + Uri.EscapeDataString(id);
}

/// <summary>One line of the outline: the item, its link text, and notes (type, required, condition).</summary>
public sealed record OutlineEntry(BuilderPage Page, DefinitionItem Item, string Text)
{
    public string? Notes { get; init; }
}
