using Microsoft.Extensions.Caching.Memory;

namespace Pelhrimov.Core.Cluster;

/// <summary>Keys that can be claimed once until they expire: in cluster mode once across every node (Redis SET NX).</summary>
public interface IOnceClaims
{
    /// <summary>True the first time <paramref name="key"/> is claimed before <paramref name="expiresAt"/>; false after that.</summary>
    bool TryClaim(string key, DateTimeOffset expiresAt);

    bool IsClaimed(string key);
}

/// <summary>Claims in this node's memory: the one-node implementation, and cluster mode's fallback while Redis is away.</summary>
public sealed class MemoryOnceClaims(IMemoryCache cache) : IOnceClaims
{
    private static readonly object Claimed = new();
    private readonly Lock _lock = new();

    public bool TryClaim(string key, DateTimeOffset expiresAt)
    {
        lock (_lock)
        {
            if (cache.TryGetValue(CacheKey(key), out _))
            {
                return false;
            }
            cache.Set(CacheKey(key), Claimed, new MemoryCacheEntryOptions { AbsoluteExpiration = expiresAt, Size = 1 });
            return true;
        }
    }

    public bool IsClaimed(string key) => cache.TryGetValue(CacheKey(key), out _);

    private static string CacheKey(string key) => "once:" + key;
}
