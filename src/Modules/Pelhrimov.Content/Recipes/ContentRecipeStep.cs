using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Content.Recipes;

/// <summary>Recipe step <c>Content</c>: creates and publishes content items from JSON files (format in App_Data.sample/README.md).</summary>
/// <remarks>Media and parent pages are referred to by recipe keys and resolved to ids here; dates are relative to setup time.</remarks>
public sealed class ContentRecipeStep(ContentService content, ContentDbContext db, CoreDbContext core) : IRecipeStepHandler
{
    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var mediaIds = await db.Media.AsNoTracking().Where(m => m.Key != null).ToDictionaryAsync(m => m.Key!, m => m.Id, cancellationToken);
        // A setup that failed after this step is run again at the next start: the items it stored stay as they are.
        var itemIds = await db.Items.AsNoTracking().Where(i => i.Key != null).ToDictionaryAsync(i => i.Key!, i => i.Id, StringComparer.Ordinal, cancellationToken);
        var items = new List<JsonElement>();
        foreach (var file in step.GetProperty("files").EnumerateArray())
        {
            await using var stream = File.OpenRead(context.ResolvePath(file.GetString()!));
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            items.AddRange(document.RootElement.EnumerateArray().Select(e => e.Clone()));
        }

        // One transaction for the whole step (ContentService.SaveAsync joins it): the sample content is stored whole or
        // not at all, and ~90 items commit (and wake the indexer) once instead of ninety times.
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            // Parents first, so that a child page can point at its parent's id.
            foreach (var item in items.OrderBy(i => i.GetProperty("fields").TryGetProperty("parent", out var p) && p.ValueKind == JsonValueKind.String ? 1 : 0))
            {
                await SaveAsync(item, context, mediaIds, itemIds, cancellationToken);
            }
        }, cancellationToken);
    }

    private async Task SaveAsync(JsonElement item, RecipeContext context, IReadOnlyDictionary<string, Guid> mediaIds,
        Dictionary<string, Guid> itemIds, CancellationToken cancellationToken)
    {
        var typeName = item.GetProperty("type").GetString();
        var type = ContentTypes.Find(typeName) ?? throw new InvalidOperationException($"Recipe content type '{typeName}' is unknown.");
        var key = item.GetProperty("id").GetString()!;
        if (itemIds.ContainsKey(key))
        {
            return;
        }
        var input = new ContentInput
        {
            Title = item.GetProperty("title").GetString(),
            Slug = item.TryGetProperty("slug", out var slug) ? slug.GetString() : null,
            Fields = ReadFields(item.GetProperty("fields"), context, mediaIds, itemIds),
        };
        var daysAgo = item.TryGetProperty("publishedDaysAgo", out var days) ? days.GetInt32() : 30;
        var author = item.TryGetProperty("author", out var a) ? a.GetString() ?? "recept" : "recept";
        var options = new SaveOptions(key, context.StartedUtc.AddDays(-daysAgo));
        var result = await content.SaveAsync(type, null, input, author, publish: true, mayPublish: true, options, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Recipe content '{key}' is invalid: " + string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Message}")));
        }
        itemIds[key] = result.ItemId!.Value;
        // Saved: without this every later save would compare all the items saved before it (change detection over a
        // growing set made the sample's ~90 items cost quadratic time at first start).
        db.ChangeTracker.Clear();
        core.ChangeTracker.Clear();
    }

    private static Dictionary<string, string?> ReadFields(JsonElement fields, RecipeContext context,
        IReadOnlyDictionary<string, Guid> mediaIds, IReadOnlyDictionary<string, Guid> itemIds)
    {
        var values = new Dictionary<string, string?>();
        foreach (var property in fields.EnumerateObject())
        {
            var value = property.Value;
            values[property.Name] = property.Name switch
            {
                "image" => Resolve(mediaIds, value.GetString(), "media"),
                "attachments" => string.Join(",", value.EnumerateArray().Select(v => Resolve(mediaIds, v.GetString(), "media"))),
                "parent" => value.ValueKind == JsonValueKind.Null ? null : Resolve(itemIds, value.GetString(), "page"),
                "tags" => string.Join(", ", value.EnumerateArray().Select(v => v.GetString())),
                "postedFromDays" or "postedToDays" => null,
                _ => value.ValueKind switch
                {
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => value.GetString(),
                },
            };
        }
        foreach (var (source, target) in new[] { ("postedFromDays", "postedFrom"), ("postedToDays", "postedTo") })
        {
            if (fields.TryGetProperty(source, out var offset))
            {
                values[target] = DateOnly.FromDateTime(context.StartedUtc.AddDays(offset.GetInt32())).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
        return values.Where(kv => kv.Value is not null).ToDictionary();
    }

    private static string Resolve(IReadOnlyDictionary<string, Guid> ids, string? key, string what) =>
        key is not null && ids.TryGetValue(key, out var id)
            ? id.ToString()
            : throw new InvalidOperationException($"Recipe refers to {what} '{key}', which the recipe does not define (or defines later).");
}
