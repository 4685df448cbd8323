using System.Net;
using System.Net.Http.Json;

namespace Pelhrimov.Tests.Search;

/// <summary>The search page and the suggestion API on the sample content.</summary>
[Collection(PortalCollection.Name)]
public sealed class SearchPageTests(PortalApp app) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Query_without_diacritics_finds_the_life_situation_about_registering_a_dog()
    {
        var page = await app.CreateClient().GetHtmlAsync("/hledat?q=prihlaseni+psa", Cancel);

        var first = page.QuerySelector(".search-results a")!;
        Assert.Equal("/zivotni-situace/prihlaseni-psa-a-poplatek-ze-psu", first.GetAttribute("href"));
        Assert.Contains("<mark>", page.QuerySelector(".search-results__snippet")!.InnerHtml);
    }

    [Fact]
    public void Plural_odpady_finds_the_waste_fee()
    {
        var urls = app.Urls("odpady");

        Assert.Contains("/zivotni-situace/poplatek-za-komunalni-odpad", urls.Take(3));
    }

    [Fact]
    public void Snippets_are_escaped_text_with_marked_matches()
    {
        var hit = app.SearchService().Search("poplatek <script>", null, 1).Hits[0];

        Assert.Contains("<mark>", hit.SnippetHtml);
        Assert.DoesNotContain("<script", hit.SnippetHtml);
    }

    [Fact]
    public void Expired_notice_board_entries_are_not_found_but_current_ones_are()
    {
        Assert.DoesNotContain("/uredni-deska/volby-doba-a-misto-konani", app.Urls("oznámení o době a místě konání voleb"));
        Assert.DoesNotContain("/uredni-deska/rozpoctove-opatreni-7-2026", app.Urls("rozpočtové opatření"));
        Assert.Contains("/uredni-deska/rozpoctove-opatreni-9-2026", app.Urls("rozpočtové opatření"));
    }

    [Fact]
    public async Task Facets_count_results_by_kind_and_filter_to_one_kind()
    {
        var results = app.SearchService().Search("poplatek", null, 1);
        var articles = results.Facets.Single(f => f.Kind.Slug == "aktuality").Count;
        Assert.True(articles > 0);
        Assert.True(results.Facets.Single(f => f.Kind.Slug == "zivotni-situace").Count > 0);
        Assert.Equal(results.Total, results.AllKindsTotal);

        var page = await app.CreateClient().GetHtmlAsync("/hledat?q=poplatek&druh=aktuality", Cancel);
        var links = page.QuerySelectorAll(".search-results a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(Math.Min(articles, 10), links.Count);
        Assert.All(links, l => Assert.StartsWith("/aktuality/", l));
        Assert.NotNull(page.QuerySelector("nav[aria-label='Druh výsledků'] a[aria-current='page'][href*='druh=aktuality']"));
    }

    [Fact]
    public async Task Results_are_paged_by_ten()
    {
        var all = app.SearchService().Search("město", null, 1);
        Assert.True(all.Total > 10);

        var client = app.CreateClient();
        var second = await client.GetHtmlAsync("/hledat?q=m%C4%9Bsto&strana=2", Cancel);
        Assert.Equal(Math.Min(10, all.Total - 10), second.QuerySelectorAll(".search-results > li").Length);
        Assert.NotNull(second.QuerySelector(".pager a[rel='prev']"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("poplatek AND (odpad OR \"psa~2\")^3 title:*")]
    [InlineData("*?")]
    [InlineData("[a TO z] {!} \\ / ++ -- && ||")]
    [InlineData("poplatek\u0000\u0007\u001b[31m odpad")]
    [InlineData("%ED%A0%80%00%FF%C0%AF")]
    public async Task Bad_input_answers_200_with_results_or_a_Czech_message(string query)
    {
        // A query starting with % is sent as is: bytes that are not valid UTF-8.
        var escaped = query.StartsWith('%') ? query : Uri.EscapeDataString(query);
        using var response = await app.CreateClient().GetAsync("/hledat?q=" + escaped, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync(Cancel);
        Assert.True(page.QuerySelector(".search-results, .search-message, h2") is not null);
    }

    [Fact]
    public async Task Very_long_query_is_cut_to_200_characters()
    {
        var query = string.Concat(Enumerable.Repeat("poplatek odpad ", 400));
        using var response = await app.CreateClient().GetAsync("/hledat?q=" + Uri.EscapeDataString(query), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var input = (await response.ReadHtmlAsync(Cancel)).QuerySelector("#search-page-q")!;
        Assert.True(input.GetAttribute("value")!.Length <= 200);
    }

    [Fact]
    public async Task Empty_query_asks_in_Czech_what_to_look_for()
    {
        var page = await app.CreateClient().GetHtmlAsync("/hledat?q=", Cancel);

        Assert.Contains("Zadejte, co hledáte", page.QuerySelector(".search-message")!.TextContent);
    }

    [Fact]
    public async Task Nothing_found_page_helps_with_spelling_life_situations_and_contacts()
    {
        var page = await app.CreateClient().GetHtmlAsync("/hledat?q=xyzxyz", Cancel);

        Assert.Contains("nic nenašli", page.QuerySelector("h2")!.TextContent);
        Assert.Contains("napsaná správně", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/zivotni-situace']"));
        Assert.NotNull(page.QuerySelector("a[href='/kontakty']"));
    }

    [Fact]
    public async Task Search_page_form_is_labelled_apart_from_the_header_search()
    {
        var page = await app.CreateClient().GetHtmlAsync("/hledat?q=psi", Cancel);

        var labels = page.QuerySelectorAll("form[role='search']").Select(f => f.GetAttribute("aria-label")).ToList();
        Assert.Contains("Vyhledávání na webu", labels);
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public async Task Suggestion_API_returns_at_most_eight_titles_with_urls_and_kinds()
    {
        var client = app.CreateClient();
        var suggestions = await client.GetFromJsonAsync<List<Suggestion>>("/api/v1/search?q=poplatek", Cancel);

        Assert.NotNull(suggestions);
        Assert.InRange(suggestions.Count, 1, 8);
        Assert.All(suggestions, s => Assert.StartsWith("/", s.Url));
        Assert.Contains(suggestions, s => s.Kind == "LifeSituation");

        var partial = await client.GetFromJsonAsync<List<Suggestion>>("/api/v1/search?q=kotlik", Cancel);
        Assert.Contains(partial!, s => s.Url == "/zivotni-situace/kotlikova-dotace");
        Assert.Empty((await client.GetFromJsonAsync<List<Suggestion>>("/api/v1/search?q=%22%3A*", Cancel))!);
    }

    [Fact]
    public async Task Suggestions_complete_the_word_being_typed_and_need_every_finished_word()
    {
        var client = app.CreateClient();

        var typing = await client.GetFromJsonAsync<List<Suggestion>>("/api/v1/search?q=" + Uri.EscapeDataString("prihlaseni ps"), Cancel);
        Assert.Equal("Přihlášení psa a poplatek ze psů", typing![0].Title);

        // "trvalý" is finished and must match; "pob" is being typed: only items about permanent residence.
        var residence = await client.GetFromJsonAsync<List<Suggestion>>("/api/v1/search?q=" + Uri.EscapeDataString("trvalý pob"), Cancel);
        Assert.NotEmpty(residence!);
        Assert.All(residence!, s => Assert.Contains("pobyt", s.Title, StringComparison.OrdinalIgnoreCase));

        // No item has every word: any word will do rather than nothing.
        var lenient = await client.GetFromJsonAsync<List<Suggestion>>("/api/v1/search?q=" + Uri.EscapeDataString("kotlíková žirafa"), Cancel);
        Assert.Contains(lenient!, s => s.Url == "/zivotni-situace/kotlikova-dotace");
    }

    private sealed record Suggestion(string Title, string Url, string Kind);
}
