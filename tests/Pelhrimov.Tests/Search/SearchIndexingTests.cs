using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;
using Pelhrimov.Search.Services;
using Pelhrimov.Tests.Content;

namespace Pelhrimov.Tests.Search;

/// <summary>The index follows publishing through the indexing log; only published, current content is found.</summary>
public sealed class SearchIndexingTests(PortalApp app) : IClassFixture<PortalApp>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Published_article_is_found_within_two_seconds_and_disappears_when_unpublished()
    {
        var staff = await app.CreateStaffClientAsync();
        var reader = app.CreateClient();
        using var created = await ContentEditing.CreateArticleAsync(staff,
            ContentEditing.Article("Dýňobraní na Masarykově náměstí", "dynobrani", "<p>Soutěž o nejtěžší dýni.</p>"), publish: true);
        var id = ContentEditing.ItemIdOf(created);

        var started = DateTime.UtcNow;
        Assert.True(await SearchTesting.EventuallyAsync(reader, "dynobrani", l => l.Contains("/aktuality/dynobrani"), TimeSpan.FromSeconds(30)));
        TestContext.Current.TestOutputHelper?.WriteLine($"Searchable after {(DateTime.UtcNow - started).TotalMilliseconds:F0} ms");

        using var unpublished = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}", new Dictionary<string, string?>(),
            $"form[action='/admin/obsah/{id}/zrusit-zverejneni']");
        Assert.True(await SearchTesting.EventuallyAsync(reader, "dynobrani", l => !l.Contains("/aktuality/dynobrani"), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        var staff = await app.CreateStaffClientAsync();
        using var draft = await ContentEditing.CreateArticleAsync(staff,
            ContentEditing.Article("Tajný koncept o vodníkovi Kebulonovi", "kebulon"), publish: false);
        ContentEditing.ItemIdOf(draft);

        await app.WaitForIndexAsync();
        await Task.Delay(1500);
        Assert.Empty(app.SearchService().Search("Kebulon", null, 1).Hits);
    }

    [Fact]
    public async Task Archived_items_are_removed_from_the_index()
    {
        var staff = await app.CreateStaffClientAsync();
        using var created = await ContentEditing.CreateArticleAsync(staff,
            ContentEditing.Article("Výstava hmyzožravých rostlin rosnatek", "rosnatky"), publish: true);
        var id = ContentEditing.ItemIdOf(created);
        await app.WaitForIndexAsync();
        Assert.Contains("/aktuality/rosnatky", app.Urls("rosnatky"));

        using var archived = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}", new Dictionary<string, string?>(),
            $"form[action='/admin/obsah/{id}/archivovat']");
        await app.WaitForIndexAsync();

        Assert.DoesNotContain("/aktuality/rosnatky", app.Urls("rosnatky"));
    }

    [Fact]
    public async Task Admin_sees_the_index_state_and_can_rebuild_it()
    {
        var staff = await app.CreateStaffClientAsync();
        var page = await staff.GetHtmlAsync("/admin/vyhledavani");
        Assert.Contains("Dokumentů v indexu", page.Body!.TextContent);

        using var rebuilt = await AntiforgeryForm.PostAsync(staff, "/admin/vyhledavani", new Dictionary<string, string?>(),
            "form[action='/admin/vyhledavani/prestavet']");
        Assert.Equal("/admin/vyhledavani", rebuilt.RequestMessage!.RequestUri!.AbsolutePath);
        await app.WaitForIndexAsync();

        var after = await staff.GetHtmlAsync("/admin/vyhledavani");
        Assert.Contains("V provozu", after.Body!.TextContent);
        Assert.NotEmpty(app.Urls("prihlaseni psa"));
    }

    [Fact]
    public async Task Searches_without_results_are_counted_per_normalized_query_and_shown_on_the_dashboard()
    {
        var reader = app.CreateClient();
        await reader.GetHtmlAsync("/hledat?q=" + Uri.EscapeDataString("Žluťoučkýxq"));
        await reader.GetHtmlAsync("/hledat?q=zlutouckyxq");
        await reader.GetHtmlAsync("/hledat?q=poplatek");

        var top = await app.InScopeAsync(sp => sp.GetRequiredService<UnansweredSearches>().TopAsync(DateOnly.MinValue, 10));
        Assert.Contains(("zlutouckyxq", 2), top);
        Assert.DoesNotContain(top, t => t.Query == "poplatek");

        var staff = await app.CreateStaffClientAsync();
        var dashboard = await staff.GetHtmlAsync("/admin");
        var section = dashboard.QuerySelector("section[aria-labelledby='unanswered-searches']")!;
        var chart = section.QuerySelector("svg[role='img']")!;
        Assert.Equal("graf-hledani-bez-vysledku-title graf-hledani-bez-vysledku-desc", chart.GetAttribute("aria-labelledby"));
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent == "zlutouckyxq");
        Assert.Contains(section.QuerySelectorAll("table tbody tr"),
            row => row.QuerySelector("th")!.TextContent == "zlutouckyxq" && row.QuerySelector("td")!.TextContent == "2");

        using var csv = await staff.GetAsync(section.QuerySelector("a[href$='.csv']")!.GetAttribute("href"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("Hledaný výraz (bez diakritiky);Počet hledání", lines[0]);
        Assert.Contains("zlutouckyxq;2", lines);
        using var anonymous = await app.CreateClient(allowAutoRedirect: false).GetAsync("/admin/vyhledavani/bez-vysledku.csv");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Search_admin_is_for_holders_of_Search_Manage_only()
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync("/admin/vyhledavani");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
