using AngleSharp.Html.Parser;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>One page the crawl fetched: its path, status, media type, body (text responses only) and the first page that linked it.</summary>
public sealed record CrawledPage(string Path, int Status, string? MediaType, string? Body, string LinkedFrom);

/// <summary>
/// Walks a site breadth first from start paths, following every same-origin <c>a[href]</c> and <c>link[href]</c> of its
/// HTML pages and every redirect (GET only, so nothing changes), and returns every page it fetched. Give it a client
/// that does not follow redirects itself, so that <c>follow</c> decides about their targets too.
/// </summary>
public static class SiteCrawl
{
    public static async Task<IReadOnlyList<CrawledPage>> RunAsync(
        HttpClient client, IEnumerable<string> starts, int maxPages, Func<string, bool>? follow = null)
    {
        var origin = client.BaseAddress!;
        var parser = new HtmlParser();
        var linkedFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var start in starts)
        {
            Enqueue(start, "(start)");
        }
        var pages = new List<CrawledPage>();
        while (queue.TryDequeue(out var path))
        {
            using var response = await client.GetAsync(path);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var isText = mediaType is not null && (mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("xml", StringComparison.Ordinal) || mediaType.EndsWith("json", StringComparison.Ordinal));
            var body = isText ? await response.Content.ReadAsStringAsync() : null;
            pages.Add(new CrawledPage(path, (int)response.StatusCode, mediaType, body, linkedFrom[path]));
            if (response.Headers.Location is { } location)
            {
                Follow(new Uri(new Uri(origin, path), location), path);
            }
            if (mediaType != "text/html" || body is null || (int)response.StatusCode >= 400)
            {
                continue;
            }
            var page = parser.ParseDocument(body);
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                Follow(new Uri(new Uri(origin, path), href), path);
            }
        }
        return pages;

        void Follow(Uri target, string from)
        {
            if (target.Scheme == origin.Scheme && target.Authority == origin.Authority)
            {
                Enqueue(target.PathAndQuery, from);
            }
        }

        void Enqueue(string target, string from)
        {
            if (linkedFrom.Count < maxPages && (follow?.Invoke(target) ?? true) && linkedFrom.TryAdd(target, from))
            {
                queue.Enqueue(target);
            }
        }
    }
}
