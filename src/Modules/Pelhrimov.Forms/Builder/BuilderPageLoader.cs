using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Services;

namespace Pelhrimov.Forms.Builder;

/// <summary>A form with the version the builder shows (its draft, else its live version) and that version's definition.</summary>
public sealed record BuilderSubject(Form Form, FormVersion Version, FormDefinition Definition)
{
    public bool Editable => !Version.IsPublished;

    /// <summary>A fresh copy of the definition to change (the subject's own stays as stored, for rendering).</summary>
    public FormDefinition Copy() => FormDefinitionReader.Read(Version.DefinitionJson).Form!;
}

/// <summary>Loads what the builder works on and builds its pages.</summary>
public sealed class BuilderPageLoader(FormCatalog catalog, BuilderPreviews previews)
{
    public async Task<BuilderSubject?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var form = await catalog.FindAsync(slug, cancellationToken);
        var version = form is null ? null : await catalog.FindVersionAsync(form.DraftVersionId ?? form.LiveVersionId, cancellationToken);
        var definition = version is null ? null : FormDefinitionReader.Read(version.DefinitionJson).Form;
        return definition is null ? null : new BuilderSubject(form!, version!, definition);
    }

    /// <summary>The page with <paramref name="selectedId"/> selected (an unknown id selects nothing: the form's settings).</summary>
    public BuilderPage Page(BuilderSubject subject, string? selectedId)
    {
        var definition = subject.Definition;
        var selected = DefinitionItem.Find(definition, selectedId);
        return new BuilderPage(subject.Form, subject.Version, definition, selected, Preview(definition, selected))
        {
            Settings = selected is null ? null : ItemSettingsInput.From(selected),
            FormSettings = FormSettingsInput.From(definition),
        };
    }

    /// <summary>The live preview of the step that holds <paramref name="selected"/> (the first step when nothing is selected).</summary>
    public BuilderPreview Preview(FormDefinition definition, DefinitionItem? selected, IReadOnlyList<string>? problems = null) =>
        previews.For(definition, selected?.Step ?? definition.Steps[0], problems);
}
