using Microsoft.Extensions.Caching.Memory;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// Tells the other nodes what this node just evicted, so that they evict it too. On one node nothing listens and
/// <see cref="LocalEvictionOnly"/> sends nothing; in cluster mode the messages go over a Redis channel.
/// </summary>
public interface IEvictionBroadcast
{
    /// <summary>Sends <paramref name="message"/> (<see cref="EvictionMessages"/>) to every other node; never throws, never waits.</summary>
    void Send(string message);
}

/// <summary>One node: nobody else to tell.</summary>
public sealed class LocalEvictionOnly : IEvictionBroadcast
{
    public void Send(string message)
    {
    }
}

/// <summary>What the messages say.</summary>
public static class EvictionMessages
{
    /// <summary>Public pages changed: evict the output cache's public pages and data keyed by the page version.</summary>
    public const string PublicPages = "public-pages";

    private const string MemoryPrefix = "memory:";

    /// <summary>Remove one entry of the node's <see cref="IMemoryCache"/> (settings, menus).</summary>
    public static string MemoryEntry(string cacheKey) => MemoryPrefix + cacheKey;

    /// <summary>The memory-cache key a message names, or null.</summary>
    public static string? MemoryEntryOf(string message) =>
        message.StartsWith(MemoryPrefix, StringComparison.Ordinal) ? message[MemoryPrefix.Length..] : null;
}

/// <summary>Removes an entry of the memory cache that holds shared data, here and (in cluster mode) on every node.</summary>
public sealed class SharedMemoryEntries(IMemoryCache cache, IEvictionBroadcast broadcast)
{
    public void Remove(string cacheKey)
    {
        cache.Remove(cacheKey);
        broadcast.Send(EvictionMessages.MemoryEntry(cacheKey));
    }
}
