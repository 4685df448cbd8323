using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Content.Recipes;

/// <summary>Recipe step <c>Media</c>: imports files into the media library under stable keys.</summary>
/// <example>{ "name": "Media", "files": [ { "id": "radnice", "path": "media/radnice.jpg", "alt": "Budova radnice" } ] }</example>
public sealed class MediaRecipeStep(MediaLibrary library, ContentDbContext db, CoreDbContext core) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        // One transaction for the step (MediaLibrary joins it): the sample media are stored whole or not at all.
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            // A setup that failed after this step is run again at the next start: what it stored stays as it is.
            var stored = await db.Media.AsNoTracking().Where(m => m.Key != null).Select(m => m.Key!).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
            foreach (var file in step.GetProperty("files").EnumerateArray())
            {
                var key = file.GetProperty("id").GetString()!;
                if (stored.Contains(key))
                {
                    continue;
                }
                var path = context.ResolvePath(file.GetProperty("path").GetString()!);
                var description = file.TryGetProperty("alt", out var alt) ? alt.GetString()
                    : file.TryGetProperty("title", out var title) ? title.GetString() : null;
                await using var stream = File.OpenRead(path);
                var (_, error) = await library.UploadAsync(stream, Path.GetFileName(path), description, "recept", key, cancellationToken);
                if (error is not null)
                {
                    throw new InvalidOperationException($"Recipe media '{key}' ({path}) was refused: {error}");
                }
            }
        }, cancellationToken);
    }
}
