using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pelhrimov.Core.Cluster;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Settings;

/// <summary>Reads and writes settings documents; reads are cached until the next write (on any node, ADR 0054).</summary>
public sealed class SiteSettingsStore(CoreDbContext db, IMemoryCache cache, SharedMemoryEntries shared, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync<T>(CancellationToken cancellationToken = default) where T : new()
    {
        var key = CacheKey<T>();
        if (cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }
        var row = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == typeof(T).Name, cancellationToken);
        var value = row is null ? new T() : JsonSerializer.Deserialize<T>(row.Json, Json) ?? new T();
        cache.Set(key, value);
        return value;
    }

    public async Task SaveAsync<T>(T value, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(value, Json);
        var row = await db.SiteSettings.FirstOrDefaultAsync(s => s.Key == typeof(T).Name, cancellationToken);
        if (row is null)
        {
            db.SiteSettings.Add(new SiteSetting { Key = typeof(T).Name, Json = json, ModifiedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            row.Json = json;
            row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(cancellationToken);
        shared.Remove(CacheKey<T>());
    }

    private static string CacheKey<T>() => "settings:" + typeof(T).FullName;
}
