using System.Text.Json;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Core.Settings;

/// <summary>Recipe step <c>Site</c>: the town's name, address, identifiers, office hours and contacts.</summary>
public sealed class SiteSettingsRecipeStep(SiteSettingsStore store) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var settings = step.GetProperty("settings").Deserialize<SiteSettings>(Json)
            ?? new SiteSettings();
        return store.SaveAsync(settings, cancellationToken);
    }
}
