using Microsoft.AspNetCore.OutputCaching;

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
public sealed class PublicPageCacheInvalidator(IOutputCacheStore store)
{
    private long _version;

    /// <summary>Changes at every invalidation: data cached for public pages outside the output cache is keyed by it.</summary>
    public long Version => Interlocked.Read(ref _version);

    public Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _version);
        return store.EvictByTagAsync(PublicPageCache.Tag, cancellationToken).AsTask();
    }
}
