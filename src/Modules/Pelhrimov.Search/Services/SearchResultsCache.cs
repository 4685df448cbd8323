using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Caching;

namespace Pelhrimov.Search.Services;

/// <summary>Output caching of search pages: the public-page policy, varied by the query, the index version and the thesaurus version.</summary>
/// <remarks>Varying by <see cref="SearchIndex.Version"/> (not only evicting by tag) closes the race where a page computed
/// just before a commit would be stored just after its eviction and then served stale for minutes.</remarks>
public static class SearchResultsCache
{
    public const string PolicyName = "SearchResults";

    public static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(PolicyName, policy => policy
            .Expire(PublicPageCache.MaxAge)
            .Tag(PublicPageCache.Tag, SearchIndexer.CacheTag)
            .SetVaryByQuery("q", "druh", "strana")
            .VaryByValue(context => new("searchIndex", string.Create(CultureInfo.InvariantCulture,
                $"{context.RequestServices.GetRequiredService<SearchIndex>().Version}:{context.RequestServices.GetRequiredService<ThesaurusCache>().Current.Version}"))));
}
