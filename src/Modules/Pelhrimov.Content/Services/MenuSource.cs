using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pelhrimov.Content.Data;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Content.Services;

/// <summary>Serves the public menus stored by the content module, cached in memory.</summary>
public sealed class MenuSource(ContentDbContext db, IMemoryCache cache) : ISiteMenuSource
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string CacheKey(string name) => "menu:" + name;

    public async Task<IReadOnlyList<MenuLink>> GetMenuAsync(string name, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey(name), out IReadOnlyList<MenuLink>? cached) && cached is not null)
        {
            return cached;
        }
        var json = await db.Menus.AsNoTracking().Where(m => m.Name == name).Select(m => m.ItemsJson).FirstOrDefaultAsync(cancellationToken);
        IReadOnlyList<MenuLink> links = json is null ? [] : JsonSerializer.Deserialize<List<MenuLink>>(json, Json) ?? [];
        cache.Set(CacheKey(name), links, TimeSpan.FromMinutes(10));
        return links;
    }
}
