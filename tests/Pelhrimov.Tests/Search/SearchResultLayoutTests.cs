using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Tests.Search;

/// <summary>A result is scannable: its title as a heading, what kind of item it is, and one clean sentence of context.</summary>
[Collection(PortalCollection.Name)]
public sealed class SearchResultLayoutTests(PortalApp app) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("advent", "/aktuality/vanocni-trhy-a-rozsviceni-stromu", "Aktualita")]
    [InlineData("prihlaseni psa", "/zivotni-situace/prihlaseni-psa-a-poplatek-ze-psu", "Životní situace")]
    [InlineData("rybářský lístek žádost", "/formulare/rybarsky-listek", "Formulář")]
    public async Task A_result_has_its_title_as_a_heading_its_kind_and_one_snippet_without_title_or_punctuation_first(
        string query, string url, string kind)
    {
        var page = await app.CreateClient().GetHtmlAsync("/hledat?q=" + Uri.EscapeDataString(query));

        var result = page.QuerySelectorAll(".search-results > li").First(li => li.QuerySelector($"a[href='{url}']") is not null);
        var title = result.QuerySelector("h3 > a")!.TextContent;
        Assert.Equal(url, result.QuerySelector("h3 > a")!.GetAttribute("href"));
        Assert.Equal(kind, result.QuerySelector(".search-result__kind")!.TextContent);
        var snippet = Assert.Single(result.QuerySelectorAll(".search-results__snippet")).TextContent;
        Assert.False(snippet.StartsWith(title, StringComparison.Ordinal), snippet);
        Assert.Matches(@"^\w", snippet);
        Assert.DoesNotContain(" … ", snippet);
    }

    [Fact]
    public async Task Tags_find_an_article_but_are_never_listed_in_its_snippet()
    {
        var page = await app.CreateClient().GetHtmlAsync("/hledat?q=" + Uri.EscapeDataString("rozsvícení stromu advent"));

        var result = page.QuerySelectorAll(".search-results > li").First(li => li.QuerySelector("a[href='/aktuality/vanocni-trhy-a-rozsviceni-stromu']") is not null);
        Assert.DoesNotContain("advent, rozsvícení stromu", result.QuerySelector(".search-results__snippet")!.TextContent);
    }

    [Fact]
    public void Every_kind_of_result_is_named_in_the_singular()
    {
        var kinds = app.Services.GetRequiredService<SearchKinds>();

        Assert.Equal(["Aktualita", "Životní situace", "Formulář", "Stránka", "Úřední deska"], kinds.All.Select(k => kinds.ItemNameOf(k.Kind)));
    }
}
