using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pelhrimov.Search.Data;
using Pelhrimov.Search.Domain;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Tests.Search;

/// <summary>Anonymous searches cannot grow the table of searches without results without bound, nor reach Excel as formulas.</summary>
public sealed class UnansweredSearchTests(PortalApp app) : IClassFixture<PortalApp>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await app.WaitForIndexAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<T> WithUnansweredAsync<T>(UnansweredSearchOptions limits, Func<UnansweredSearches, SearchDbContext, Task<T>> action) =>
        app.InScopeAsync(sp => action(ActivatorUtilities.CreateInstance<UnansweredSearches>(sp, Options.Create(limits)), sp.GetRequiredService<SearchDbContext>()));

    [Fact]
    public async Task A_formula_typed_into_search_reaches_the_admins_CSV_as_text()
    {
        await app.CreateClient().GetHtmlAsync("/hledat?q=" + Uri.EscapeDataString("=HYPERLINK(\"zzqx\";\"qqzx\")"));

        var staff = await app.CreateStaffClientAsync();
        using var csv = await staff.GetAsync("/admin/vyhledavani/bez-vysledku.csv");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");

        Assert.Contains("\"'=hyperlink(\"\"zzqx\"\";\"\"qqzx\"\")\";1", lines);
    }

    [Fact]
    public async Task New_queries_beyond_the_days_cap_are_not_stored_but_known_ones_still_count()
    {
        var limits = new UnansweredSearchOptions { MaxQueriesPerDay = 3 };
        await WithUnansweredAsync(limits, async (unanswered, db) =>
        {
            await db.UnansweredSearches.Where(s => s.Day == unanswered.Today).ExecuteDeleteAsync();
            foreach (var query in new[] { "prvniq", "druhyq", "tretiq", "ctvrtyq", "patyq", "prvniq" })
            {
                await unanswered.RecordAsync(query);
            }
            var today = await db.UnansweredSearches.AsNoTracking().Where(s => s.Day == unanswered.Today)
                .OrderBy(s => s.Query).Select(s => new { s.Query, s.Count }).ToListAsync();
            Assert.Equal(["druhyq:1", "prvniq:2", "tretiq:1"], today.Select(r => $"{r.Query}:{r.Count}"));
            return 0;
        });
    }

    [Fact]
    public async Task A_long_query_is_stored_cut_to_the_configured_length()
    {
        var limits = new UnansweredSearchOptions { MaxQueryLength = 100 };
        var stored = await WithUnansweredAsync(limits, async (unanswered, db) =>
        {
            await unanswered.RecordAsync("dlouhyq " + new string('x', 190));
            return await db.UnansweredSearches.AsNoTracking().Where(s => s.Query.StartsWith("dlouhyq ")).Select(s => s.Query).SingleAsync();
        });

        Assert.Equal(100, stored.Length);
    }

    [Fact]
    public async Task Pruning_deletes_the_rows_older_than_the_retention_and_keeps_the_rest()
    {
        var limits = new UnansweredSearchOptions { RetentionDays = 180 };
        var kept = await WithUnansweredAsync(limits, async (unanswered, db) =>
        {
            db.UnansweredSearches.AddRange(
                new UnansweredSearch { Day = unanswered.Today.AddDays(-180), Query = "staraq", Count = 4 },
                new UnansweredSearch { Day = unanswered.Today.AddDays(-179), Query = "posledniq", Count = 2 });
            await db.SaveChangesAsync();

            await unanswered.PruneAsync();

            return await db.UnansweredSearches.AsNoTracking().Where(s => s.Query == "staraq" || s.Query == "posledniq").Select(s => s.Query).ToListAsync();
        });

        Assert.Equal(["posledniq"], kept);
    }
}
