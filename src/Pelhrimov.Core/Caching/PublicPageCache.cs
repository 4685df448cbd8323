using Microsoft.AspNetCore.OutputCaching;
using Pelhrimov.Core.Cluster;

namespace Pelhrimov.Core.Caching;

/// <summary>Output caching of anonymous public pages, evicted when any content is published or changes.</summary>
public static class PublicPageCache
{
    public const string PolicyName = "PublicPage";

    public const string Tag = "public-content";

    /// <summary>How long a cached page may live even without eviction (time-based state such as the notice board).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
}

/// <summary>Evicts cached public pages; call after anything visible on the public site changed.</summary>
/// <remarks>In cluster mode every other node evicts them too, shortly after (ADR 0054).</remarks>
public sealed class PublicPageCacheInvalidator(IOutputCacheStore store, IEvictionBroadcast broadcast)
{
    private long _version;

    /// <summary>Changes at every invalidation: data cached for public pages outside the output cache is keyed by it.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Evicts on this node before it returns, then tells the other nodes.</summary>
    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        await InvalidateHereAsync(cancellationToken);
        broadcast.Send(EvictionMessages.PublicPages);
    }

    /// <summary>Evicts on this node only: for what another node announced.</summary>
    public ValueTask InvalidateHereAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _version);
        return store.EvictByTagAsync(PublicPageCache.Tag, cancellationToken);
    }
}
