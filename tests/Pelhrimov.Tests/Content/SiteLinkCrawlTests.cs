using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace Pelhrimov.Tests.Content;

/// <summary>The sample site has no broken internal link: every page reachable from the home page and the sitemap answers.</summary>
[Collection(PortalCollection.Name)]
public sealed class SiteLinkCrawlTests(PortalApp app)
{
    private const int MaxPages = 3000;

    [Fact]
    public async Task Every_internal_link_from_the_home_page_and_the_sitemap_leads_to_a_page_that_exists()
    {
        var client = app.CreateClient();
        var origin = client.BaseAddress!;
        var linkedFrom = new Dictionary<string, string>(StringComparer.Ordinal) { ["/"] = "(start)" };
        var queue = new Queue<string>(["/"]);
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        foreach (var loc in sitemap.Descendants().Where(e => e.Name.LocalName == "loc"))
        {
            Enqueue(new Uri(loc.Value).PathAndQuery, "/sitemap.xml");
        }
        var broken = new List<string>();
        var parser = new HtmlParser();

        while (queue.TryDequeue(out var path))
        {
            using var response = await client.GetAsync(path);
            if ((int)response.StatusCode >= 400)
            {
                broken.Add($"{path} ({(int)response.StatusCode}) linked from {linkedFrom[path]}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Internal(new Uri(response.RequestMessage!.RequestUri!, href)) is { } target)
                {
                    Enqueue(target, path);
                }
            }
        }

        Assert.True(linkedFrom.Count > 100, $"Only {linkedFrom.Count} pages were reached.");
        Assert.True(linkedFrom.Count < MaxPages, "The crawl stopped at its limit.");
        Assert.Empty(broken);

        void Enqueue(string target, string from)
        {
            if (linkedFrom.Count < MaxPages && linkedFrom.TryAdd(target, from))
            {
                queue.Enqueue(target);
            }
        }

        string? Internal(Uri uri) =>
            uri.Scheme == origin.Scheme && uri.Authority == origin.Authority ? uri.PathAndQuery : null;
    }
}
