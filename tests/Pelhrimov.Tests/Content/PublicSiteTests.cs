using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace Pelhrimov.Tests.Content;

/// <summary>The public site as a reader sees it, on the sample content.</summary>
[Collection(PortalCollection.Name)]
public sealed class PublicSiteTests(PortalApp app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_page_shows_latest_news_the_notice_board_and_life_situation_areas()
    {
        var page = await app.CreateClient().GetHtmlAsync("/", Cancel);

        Assert.Equal("cs", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(3, page.QuerySelectorAll(".card-list .card").Length);
        Assert.All(page.QuerySelectorAll(".card img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
        Assert.NotEmpty(page.QuerySelectorAll(".notice-list a[href^='/uredni-deska/']"));
        Assert.True(page.QuerySelectorAll(".category-grid a").Length >= 8);
    }

    [Fact]
    public async Task News_are_listed_newest_first_paged_and_filtered_by_category()
    {
        var client = app.CreateClient();
        var first = await client.GetHtmlAsync("/aktuality", Cancel);
        var dates = first.QuerySelectorAll(".card time").Select(t => DateOnly.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(10, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.NotNull(first.QuerySelector(".pager a[href='/aktuality?strana=2']"));

        var filtered = await client.GetHtmlAsync("/aktuality?rubrika=Doprava", Cancel);
        var categories = filtered.QuerySelectorAll(".card__meta").Select(m => m.TextContent).ToList();
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.Contains("Doprava", c));
    }

    [Fact]
    public async Task Article_page_shows_title_perex_body_and_image_with_alt_text_and_breadcrumbs()
    {
        var page = await app.CreateClient().GetHtmlAsync("/aktuality/poplatek-za-odpad-2027", Cancel);

        Assert.Contains("850 Kč", page.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(page.QuerySelector(".perex")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".rich-text h2"));
        var image = page.QuerySelector("article img")!;
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
        Assert.Matches(@"^/media/[0-9a-f]{32}/w800\.jpg$", image.GetAttribute("src")!);
        Assert.Contains("Aktuality", page.QuerySelector("nav[aria-label='Drobečková navigace']")!.TextContent);
    }

    [Fact]
    public async Task Unknown_article_answers_404()
    {
        using var response = await app.CreateClient().GetAsync("/aktuality/neexistujici-clanek", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Rss_feed_is_RSS_2_with_the_newest_articles_first()
    {
        using var response = await app.CreateClient().GetAsync("/aktuality/rss", Cancel);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var items = rss.Root.Element("channel")!.Elements("item").ToList();
        Assert.True(items.Count >= 15);
        var dates = items.Select(i => DateTimeOffset.Parse(i.Element("pubDate")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.All(items, i => Assert.StartsWith(app.BaseAddress + "aktuality/", i.Element("link")!.Value));
    }

    [Fact]
    public async Task Life_situations_are_grouped_by_area_and_each_shows_its_sections()
    {
        var client = app.CreateClient();
        var list = await client.GetHtmlAsync("/zivotni-situace", Cancel);
        var links = list.QuerySelectorAll("section a[href^='/zivotni-situace/']").ToList();
        Assert.True(links.Count >= 30);

        var detail = await client.GetHtmlAsync(links[0].GetAttribute("href")!, Cancel);
        var headings = detail.QuerySelectorAll(".section-list h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Co potřebuji", headings);
        Assert.Contains("Kde to vyřídím", headings);
    }

    [Fact]
    public async Task Notice_board_shows_current_entries_and_the_archive_shows_expired_ones()
    {
        var client = app.CreateClient();
        var board = await client.GetHtmlAsync("/uredni-deska", Cancel);
        var archive = await client.GetHtmlAsync("/uredni-deska/archiv", Cancel);
        var current = board.QuerySelectorAll("tbody th a").Select(a => a.GetAttribute("href")).ToList();
        var expired = archive.QuerySelectorAll("tbody th a").Select(a => a.GetAttribute("href")).ToList();

        Assert.True(current.Count >= 9);
        Assert.True(expired.Count >= 5);
        Assert.Empty(current.Intersect(expired));
        var today = DateOnly.FromDateTime(DateTime.Today);
        Assert.All(archive.QuerySelectorAll("tbody tr td:nth-child(5)"), td =>
            Assert.True(DateOnly.ParseExact(td.TextContent.Replace('\u00A0', ' '), "d. M. yyyy") < today));
    }

    [Fact]
    public async Task Notice_board_entry_links_its_PDF_which_is_served_as_a_PDF()
    {
        var client = app.CreateClient();
        var board = await client.GetHtmlAsync("/uredni-deska", Cancel);
        var entry = await client.GetHtmlAsync(board.QuerySelector("tbody th a")!.GetAttribute("href")!, Cancel);
        var pdf = entry.QuerySelector("a[href^='/media/']")!.GetAttribute("href")!;

        using var response = await client.GetAsync(pdf, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync(Cancel))[..5]));
    }

    [Fact]
    public async Task Image_variants_are_resized_JPEGs_cached_for_a_year()
    {
        var client = app.CreateClient();
        var page = await client.GetHtmlAsync("/aktuality/poplatek-za-odpad-2027", Cancel);
        var src = page.QuerySelector("article img")!.GetAttribute("src")!.Replace("w800", "w400");

        using var response = await client.GetAsync(src, Cancel);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        using var bitmap = SkiaSharp.SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(400, bitmap.Width);
    }

    [Fact]
    public async Task A_nested_page_is_served_at_its_path_with_breadcrumbs_through_its_parent()
    {
        var page = await app.CreateClient().GetHtmlAsync("/o-meste/historie", Cancel);

        var crumbs = page.QuerySelectorAll("nav[aria-label='Drobečková navigace'] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Úvod", "O městě", page.QuerySelector("h1")!.TextContent.Trim()], crumbs);
    }

    [Theory]
    [InlineData("/prohlaseni-o-pristupnosti", "přístupnosti")]
    [InlineData("/povinne-zverejnovane-informace", "Povinně zveřejňované informace")]
    [InlineData("/kontakty", "Kontakty")]
    [InlineData("/uredni-hodiny", "Úřední hodiny")]
    public async Task Required_pages_exist(string path, string heading)
    {
        var page = await app.CreateClient().GetHtmlAsync(path, Cancel);
        Assert.Contains(heading, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Mandatory_information_follows_the_structure_of_decree_515_2020()
    {
        var page = await app.CreateClient().GetHtmlAsync("/povinne-zverejnovane-informace", Cancel);
        var headings = page.QuerySelectorAll(".rich-text h2").Select(h => h.TextContent).ToList();

        Assert.Equal(14, headings.Count);
        Assert.StartsWith("1.", headings[0]);
        Assert.StartsWith("14.", headings[13]);
    }

    [Fact]
    public async Task Sitemap_lists_lists_pages_articles_life_situations_and_notices()
    {
        using var response = await app.CreateClient().GetAsync("/sitemap.xml", Cancel);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Root!.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();

        Assert.Contains("/aktuality/poplatek-za-odpad-2027", urls);
        Assert.Contains("/o-meste/historie", urls);
        Assert.True(urls.Count(u => u.StartsWith("/zivotni-situace/", StringComparison.Ordinal)) >= 30);
        Assert.Contains(urls, u => u.StartsWith("/uredni-deska/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/aktuality?rubrika=Neexistuje", "/aktuality")]
    [InlineData("/uredni-deska?odbor=Vymysleny", "/uredni-deska")]
    [InlineData("/uredni-deska?strana=0", "/uredni-deska")]
    public async Task Made_up_filters_and_pages_redirect_to_one_canonical_list(string url, string canonical)
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_page_number_past_the_end_redirects_to_the_last_page()
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync("/aktuality?strana=999", Cancel);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var last = int.Parse(System.Text.RegularExpressions.Regex.Match(response.Headers.Location!.OriginalString, @"^/aktuality\?strana=(\d+)$").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(last, 3, 20);
    }
}
