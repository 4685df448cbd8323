using System.Text.Json;
using Pelhrimov.Core.Setup;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Services;

namespace Pelhrimov.Forms.Recipes;

/// <summary>
/// Recipe step <c>Forms</c>: every <c>*.json</c> of the folder (default <c>forms</c>, next to the recipe) through
/// <see cref="FormDefinitionReader.Read"/>, stored and published by <see cref="FormCatalog"/>, in file-name order.
/// An invalid file stops the setup with its name and problems. Run again, a form whose live version has the same JSON
/// is left alone and a changed one gets the file as its next published version.
/// </summary>
/// <example>{ "name": "Forms", "folder": "forms" }</example>
public sealed class FormsRecipeStep(FormCatalog catalog) : IRecipeStepHandler
{
    private const string Actor = "ukázková data";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var folder = context.ResolvePath(step.TryGetProperty("folder", out var f) && f.GetString() is { Length: > 0 } name ? name : "forms");
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file, cancellationToken);
            var read = FormDefinitionReader.Read(json);
            if (!read.IsValid)
            {
                throw new InvalidOperationException(
                    $"Form file '{Path.GetFileName(file)}' is not a valid definition: "
                    + string.Join("; ", read.Problems.Select(p => $"{p.Path}: {p.Message}")));
            }
            var existing = await catalog.FindAsync(read.Form!.Slug, cancellationToken);
            if (existing is not null && (await catalog.FindVersionAsync(existing.LiveVersionId, cancellationToken))?.DefinitionJson == json)
            {
                continue;
            }
            var stored = existing is null
                ? await catalog.CreateAsync(json, Actor, cancellationToken)
                : await catalog.ImportAsync(json, Actor, cancellationToken);
            var published = stored.Succeeded ? await catalog.PublishAsync(read.Form.Slug, Actor, cancellationToken: cancellationToken) : stored;
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"Form file '{Path.GetFileName(file)}' could not be published: "
                    + (published.Message ?? string.Join("; ", published.Problems.Select(p => $"{p.Path}: {p.Message}"))));
            }
        }
    }
}
