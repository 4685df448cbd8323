using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Models;

namespace Pelhrimov.Content.Services;

/// <summary>Loads, in one query, the media that a set of items shows.</summary>
public static class MediaLoader
{
    public static async Task<IReadOnlyList<ContentPage>> WithMediaAsync(this ContentQueries queries, IReadOnlyList<ContentView> items, CancellationToken cancellationToken = default)
    {
        var ids = items.SelectMany(i => i.Fields.Guids("image").Concat(i.Fields.Guids("attachments")));
        var media = (await queries.GetMediaAsync(ids, cancellationToken)).ToDictionary(m => m.Id);
        return items.Select(i => new ContentPage(i, media)).ToList();
    }
}
