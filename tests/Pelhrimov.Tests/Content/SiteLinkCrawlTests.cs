using System.Xml.Linq;

namespace Pelhrimov.Tests.Content;

/// <summary>The sample site has no broken internal link: every page reachable from the home page and the sitemap answers.</summary>
[Collection(PortalCollection.Name)]
public sealed class SiteLinkCrawlTests(PortalApp app)
{
    private const int MaxPages = 3000;

    [Fact]
    public async Task Every_internal_link_from_the_home_page_and_the_sitemap_leads_to_a_page_that_exists()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var starts = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(loc => new Uri(loc.Value).PathAndQuery).Prepend("/");

        // Only the pages' links are checked here; stylesheets and feeds have tests of their own.
        var pages = await SiteCrawl.RunAsync(client, starts, MaxPages, follow: path => !path.StartsWith("/_content/", StringComparison.Ordinal));

        Assert.True(pages.Count > 100, $"Only {pages.Count} pages were reached.");
        Assert.True(pages.Count < MaxPages, "The crawl stopped at its limit.");
        Assert.Empty(pages.Where(p => p.Status >= 400).Select(p => $"{p.Path} ({p.Status}) linked from {p.LinkedFrom}"));
    }
}
