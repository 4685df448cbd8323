using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Builder;

/// <summary>A new step (prefix <c>krok</c>), section (<c>oddil</c>) or field (<c>pole</c>): its title or label and, for a step or section, its first field.</summary>
public sealed class NewItemInput
{
    public string? Label { get; set; }

    public string? Type { get; set; } = "text";

    public bool Repeats { get; set; }

    /// <summary>The first field's label (a step or section cannot be empty).</summary>
    public string? FirstLabel { get; set; }
}

/// <summary>The form's own settings (prefix <c>f</c>): what the catalogue and the start page show, who may fill it in.</summary>
public sealed class FormSettingsInput
{
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? Department { get; set; }
    public string? Declaration { get; set; }
    public string? Access { get; set; }
    public string? MinimumLevel { get; set; }

    public static FormSettingsInput From(FormDefinition form) => new()
    {
        Title = form.Title,
        Slug = form.Slug,
        Summary = form.Summary,
        Department = form.Department,
        Declaration = form.Declaration,
        Access = ItemSettingsInput.Enum(form.Access.Kind),
        MinimumLevel = form.Access.MinimumLevel,
    };

    /// <summary>Puts the settings into the definition; errors by input key for what cannot be read.</summary>
    public IReadOnlyList<(string Key, string Message)> ApplyTo(FormDefinition form, bool slugFixed)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(("Title", "Zadejte název formuláře."));
        }
        form.Title = Title?.Trim() ?? "";
        if (!slugFixed && !string.IsNullOrWhiteSpace(Slug))
        {
            form.Slug = Slug.Trim();
        }
        form.Summary = ItemSettings.Text(Summary);
        form.Department = ItemSettings.Text(Department);
        form.Declaration = ItemSettings.Text(Declaration);
        var kind = Enum.GetValues<AccessKind>().FirstOrDefault(k => ItemSettingsInput.Enum(k) == Access);
        form.Access = new FormAccess { Kind = kind, MinimumLevel = kind == AccessKind.Identified ? ItemSettings.Text(MinimumLevel) : null };
        return errors;
    }
}
