using System.Text.Json;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Core.Settings;

/// <summary>
/// Recipe step <c>Site</c>: the town's name, address, identifiers, office hours and contacts (<c>settings</c>, checked
/// like the admin's settings form), and optionally its emblem and palette (<c>branding</c>: <c>emblem</c>, a PNG or SVG
/// file relative to the recipe, and <c>palette</c>, one of <see cref="SitePalettes.All"/>).
/// </summary>
public sealed class SiteSettingsRecipeStep(SiteSettingsStore store) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var settings = step.GetProperty("settings").Deserialize<SiteSettings>(Json) ?? new SiteSettings();
        var problems = SiteSettingsForm.From(settings).Validate().Select(p => p.Message).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Recipe step Site: " + string.Join(" ", problems));
        }
        await store.SaveAsync(settings, cancellationToken);
        if (step.TryGetProperty("branding", out var branding))
        {
            await store.SaveAsync(await ReadBrandingAsync(branding, context, cancellationToken), cancellationToken);
        }
    }

    private static async Task<SiteBranding> ReadBrandingAsync(JsonElement branding, RecipeContext context, CancellationToken cancellationToken)
    {
        var result = new SiteBranding();
        if (branding.TryGetProperty("palette", out var palette))
        {
            result = result with
            {
                Palette = SitePalettes.Find(palette.GetString())?.Name
                    ?? throw new InvalidOperationException($"Recipe step Site: unknown palette '{palette.GetString()}' (known: {string.Join(", ", SitePalettes.All.Select(p => p.Name))})."),
            };
        }
        if (branding.TryGetProperty("emblem", out var emblem))
        {
            var path = context.ResolvePath(emblem.GetString()!);
            var (withEmblem, error) = SiteEmblem.Apply(result, path, await File.ReadAllBytesAsync(path, cancellationToken));
            result = withEmblem ?? throw new InvalidOperationException($"Recipe step Site: the emblem {path} was refused: {error}");
        }
        return result;
    }
}
