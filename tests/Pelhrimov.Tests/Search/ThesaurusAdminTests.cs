using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Search.Controllers;
using Pelhrimov.Search.Data;
using Pelhrimov.Search.Domain;
using Pelhrimov.Search.Services;
using Pelhrimov.Tests.Content;

namespace Pelhrimov.Tests.Search;

/// <summary>Editors keep the thesaurus at /admin/vyhledavani/tezaurus: entries take effect at once, bad ones are refused and change nothing.</summary>
public sealed class ThesaurusAdminTests(PortalApp app) : IClassFixture<PortalApp>, IAsyncLifetime
{
    private const string Url = "/admin/vyhledavani/tezaurus";

    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string? FirstUrl(string query) => app.Urls(query) is [var first, ..] ? first : null;

    private Task<int> CountAsync() => app.InScopeAsync(sp => sp.GetRequiredService<SearchDbContext>().Thesaurus.CountAsync());

    private static Task<HttpResponseMessage> AddAsync(HttpClient staff, string terms, string synonyms, bool twoWay = false) =>
        AntiforgeryForm.PostAsync(staff, Url + "/nova", new Dictionary<string, string?> { ["terms"] = terms, ["synonyms"] = synonyms, ["twoWay"] = twoWay ? "true" : null },
            $"form[action='{Url}/nova']");

    [Fact]
    public async Task The_recipe_seeds_hundreds_of_entries_and_the_admin_lists_and_searches_them_in_pages()
    {
        Assert.True(await CountAsync() >= 150);
        var staff = await app.CreateStaffClientAsync();

        var first = await staff.GetHtmlAsync(Url);
        Assert.Equal(ThesaurusAdminController.PageSize, first.QuerySelectorAll("table tbody tr").Length);
        Assert.NotNull(first.QuerySelector("a[href*='strana=2']"));

        var found = await staff.GetHtmlAsync(Url + "?hledat=ridicak");
        Assert.Contains(found.QuerySelectorAll("table tbody th").Select(th => th.TextContent), t => t.Contains("řidičák", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entry_added_in_the_admin_is_used_by_the_next_search_and_audited()
    {
        Assert.Empty(app.Urls("kvakodotace"));
        var staff = await app.CreateStaffClientAsync();

        using var response = await AddAsync(staff, "kvakodotace", "kotlíková dotace");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/zivotni-situace/kotlikova-dotace", app.Urls("kvakodotace")[0]);
        var audited = await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries.AsNoTracking()
            .AnyAsync(a => a.Action == "search.thesaurus.added" && a.Summary!.Contains("kvakodotace")));
        Assert.True(audited);
    }

    [Theory]
    [InlineData("obč*", "občanský průkaz", "vyhledávací syntaxe")]
    [InlineData("obcanka AND op", "občanský průkaz", "vyhledávací syntaxe")]
    [InlineData("Občanky", "občanka, OP", "na obou stranách")]
    [InlineData("", "občanský průkaz", "Vyplňte pole „Hledané výrazy“")]
    [InlineData("a, na", "občanský průkaz", "podle kterých se nehledá")]
    public async Task A_bad_entry_is_refused_with_a_Czech_message_next_to_the_field_and_nothing_is_stored(string terms, string synonyms, string message)
    {
        var before = await CountAsync();
        var staff = await app.CreateStaffClientAsync();

        using var response = await AddAsync(staff, terms, synonyms);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_one_way_entry_that_would_close_a_loop_is_refused()
    {
        var staff = await app.CreateStaffClientAsync();
        (await AddAsync(staff, "smyckaprvni", "smyckadruha")).Dispose();
        (await AddAsync(staff, "smyckadruha", "smyckatreti")).Dispose();
        var before = await CountAsync();

        using var response = await AddAsync(staff, "smyckatreti", "smyckaprvni");

        var error = (await response.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent;
        Assert.Contains("smyčku", error, StringComparison.Ordinal);
        Assert.Contains("smyckaprvni → smyckadruha → smyckatreti", error, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_entry_that_would_expand_one_word_to_too_many_terms_is_refused()
    {
        var staff = await app.CreateStaffClientAsync();
        (await AddAsync(staff, "siroke", string.Join(", ", Enumerable.Range(0, 15).Select(i => "prvnisada" + Letters(i))))).Dispose();
        var before = await CountAsync();

        using var response = await AddAsync(staff, "siroke", string.Join(", ", Enumerable.Range(0, 15).Select(i => "druhasada" + Letters(i))));

        Assert.Contains("rozšířil na 30 výrazů", (await response.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    // Word endings that the Czech stemmer leaves alone, so that each phrase stays a distinct term.
    private static string Letters(int i) => new string((char)('b' + i), 2) + "q";

    [Fact]
    public async Task A_change_made_on_another_node_is_used_here_within_the_refresh_interval()
    {
        // Another node writes the entry and raises the version in the shared database; this node only polls.
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SearchDbContext>();
            db.Thesaurus.Add(new ThesaurusEntry { Terms = "jinyuzel", Synonyms = "cestovní pas", UpdatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return await db.ThesaurusState.ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1));
        });

        var deadline = DateTime.UtcNow + ThesaurusRefresher.Interval * 5;
        while (FirstUrl("jinyuzel") != "/zivotni-situace/cestovni-pas" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.Equal("/zivotni-situace/cestovni-pas", FirstUrl("jinyuzel"));
    }

    [Fact]
    public async Task An_entry_shows_the_searches_of_the_last_days_it_changes_with_what_they_find_without_and_with_it()
    {
        var visitor = app.CreateClient();
        foreach (var query in new[] { "mrkvodotace", "Mrkvodotace", "mrkvodotace na kotel", "matrika" })
        {
            Assert.Equal(HttpStatusCode.OK, await visitor.StatusOfAsync("/hledat?q=" + Uri.EscapeDataString(query)));
        }
        // Its second page and a chosen kind are the same search read on, not searches of their own.
        await visitor.StatusOfAsync("/hledat?q=mrkvodotace&strana=2");
        await visitor.StatusOfAsync("/hledat?q=mrkvodotace&druh=aktuality");
        await app.Services.GetRequiredService<SearchQueryLog>().WriteAsync(TestContext.Current.CancellationToken);
        var staff = await app.CreateStaffClientAsync();

        using var added = await AddAsync(staff, "mrkvodotace", "kotlíková dotace");
        var id = await app.InScopeAsync(sp => sp.GetRequiredService<SearchDbContext>().Thesaurus.Where(e => e.Terms == "mrkvodotace").Select(e => e.Id).SingleAsync());
        var page = await staff.GetHtmlAsync($"{Url}/{id}");

        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        // Both spellings are one query of the log; it found nothing before the entry and the life situation with it.
        Assert.Equal(["mrkvodotace", "2×", "0"], rows[0][..3]);
        Assert.True(int.Parse(rows[0][3], System.Globalization.CultureInfo.InvariantCulture) >= 1, string.Join(" | ", rows[0]));
        Assert.Equal(["mrkvodotace na kotel", "1×"], rows[1][..2]);
        Assert.DoesNotContain(rows, r => r[0] == "matrika");
        Assert.Equal("/hledat?q=mrkvodotace", page.QuerySelector("table tbody tr th a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_entry_no_logged_search_touches_says_so()
    {
        var staff = await app.CreateStaffClientAsync();
        using var added = await AddAsync(staff, "nikdonehledal", "cestovní pas");
        var id = await app.InScopeAsync(sp => sp.GetRequiredService<SearchDbContext>().Thesaurus.Where(e => e.Terms == "nikdonehledal").Select(e => e.Id).SingleAsync());

        var page = await staff.GetHtmlAsync($"{Url}/{id}");

        Assert.Contains("nikdo nehledal nic, co by tato položka měnila", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_log_keeps_at_most_the_configured_number_of_queries_a_day_and_adds_to_known_ones()
    {
        // A day of its own (no other test writes it) and a cap of three queries.
        var day = new DateTimeOffset(2099, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var log = new SearchQueryLog(app.Services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Options.Options.Create(new SearchQueryLogOptions { MaxQueriesPerDay = 3 }), new FixedTime(day));
        foreach (var query in new[] { "jedna", "dva", "tri", "ctyri", "pet", "jedna" })
        {
            log.Record(query);
        }
        Assert.Equal(3, await log.WriteAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await log.WriteAsync(TestContext.Current.CancellationToken));
        log.Record("JEDNA");
        log.Record("šest");
        await log.WriteAsync(TestContext.Current.CancellationToken);

        var rows = await app.InScopeAsync(sp => sp.GetRequiredService<SearchDbContext>().LoggedSearches.AsNoTracking()
            .Where(s => s.Day == new DateOnly(2099, 3, 1)).OrderBy(s => s.Query).Select(s => s.Query + "=" + s.Count).ToListAsync());
        Assert.Equal(["dva=1", "jedna=3", "tri=1"], rows);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task The_CSV_export_lists_every_entry_and_an_import_with_one_bad_row_stores_nothing()
    {
        var staff = await app.CreateStaffClientAsync();
        using var export = await staff.GetAsync("/admin/vyhledavani/tezaurus.csv");
        var lines = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Hledané výrazy;Synonyma;Oběma směry", lines[0]);
        Assert.Equal(await CountAsync(), lines.Length - 1);

        var before = await CountAsync();
        var bad = Encoding.UTF8.GetBytes("Hledané výrazy;Synonyma;Oběma směry\nimportjedna;cestovní pas;ne\nimport~dva;cestovní pas;ne\n");
        using var refused = await AntiforgeryForm.PostAsync(staff, Url, new Dictionary<string, string?>(), "form[enctype='multipart/form-data']",
            [new FormFile("soubor", "tezaurus.csv", bad, "text/csv")]);
        Assert.Contains("Položka 2", (await refused.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        var good = Encoding.UTF8.GetBytes("importjedna;cestovní pas;ne\nimportdva, importtri;senior taxi;ano\n");
        using var imported = await AntiforgeryForm.PostAsync(staff, Url, new Dictionary<string, string?>(), "form[enctype='multipart/form-data']",
            [new FormFile("soubor", "tezaurus.csv", good, "text/csv")]);
        Assert.Equal(before + 2, await CountAsync());
        Assert.Equal("/zivotni-situace/senior-taxi", app.Urls("importtri")[0]);
    }

    [Fact]
    public async Task The_thesaurus_admin_is_not_open_to_anonymous_visitors()
    {
        using var client = app.CreateClient(allowAutoRedirect: false);

        using var response = await client.GetAsync(Url);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
