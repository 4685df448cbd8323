using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Tests.Search;

/// <summary>Shortcuts for tests of the search module.</summary>
internal static class SearchTesting
{
    /// <summary>Waits until the app's index is open, not rebuilding and has consumed the whole indexing log.</summary>
    public static async Task WaitForIndexAsync(this PortalApp app, TimeSpan? timeout = null)
    {
        var index = app.Services.GetRequiredService<SearchIndex>();
        var status = app.Services.GetRequiredService<SearchIndexStatus>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var head = await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().IndexingLogHeadAsync());
            if (index.IsOpen && !status.IsRebuilding && !status.RebuildRequested && index.Cursor >= head)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Search index did not catch up (cursor {index.Cursor}, head {head}, error {status.LastError}).");
            }
            await Task.Delay(100);
        }
    }

    public static SearchService SearchService(this PortalApp app) => app.Services.GetRequiredService<SearchService>();

    /// <summary>The URLs of the first page of results for <paramref name="query"/>, best first.</summary>
    public static IReadOnlyList<string> Urls(this PortalApp app, string query, string? kind = null) =>
        app.SearchService().Search(query, kind, 1).Hits.Select(h => h.Url).ToList();

    /// <summary>Polls the search page until <paramref name="condition"/> holds for its result links, or the time is up.</summary>
    public static async Task<bool> EventuallyAsync(HttpClient client, string query, Func<IReadOnlyList<string>, bool> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var page = await client.GetHtmlAsync("/hledat?q=" + Uri.EscapeDataString(query));
            var links = page.QuerySelectorAll(".search-results a").Select(a => a.GetAttribute("href")!).ToList();
            if (condition(links))
            {
                return true;
            }
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(100);
        }
    }
}
