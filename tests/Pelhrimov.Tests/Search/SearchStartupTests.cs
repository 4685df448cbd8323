using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Tests.Search;

/// <summary>The index is the node's own and is rebuilt without help when it is missing or broken.</summary>
public sealed class SearchStartupTests
{
    [Fact]
    public async Task Index_is_rebuilt_at_start_up_when_its_folder_was_deleted()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using var second = await RestartAfterAsync(site, indexPath => Directory.Delete(indexPath, recursive: true));

        Assert.True(Directory.Exists(second.Services.GetRequiredService<DataFolder>().Combine("search-index")));
        Assert.Equal("/zivotni-situace/prihlaseni-psa-a-poplatek-ze-psu", second.Urls("prihlaseni psa")[0]);
    }

    [Fact]
    public async Task Corrupt_index_is_rebuilt_at_start_up()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using var second = await RestartAfterAsync(site, indexPath =>
        {
            foreach (var file in Directory.GetFiles(indexPath, "segments*"))
            {
                File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
            }
        });

        Assert.Contains("/zivotni-situace/poplatek-za-komunalni-odpad", second.Urls("odpady").Take(3));
    }

    [Fact]
    public async Task Index_ahead_of_the_databases_log_is_rebuilt_at_start_up()
    {
        // As after restoring an older database: the index holds an item the database never logged, past the log's head.
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using var second = await RestartWithStaleDocumentAsync(site, (head, _) => (head + 5, null));

        Assert.Empty(second.Urls("zmizela"));
        Assert.Contains("/zivotni-situace/poplatek-za-komunalni-odpad", second.Urls("odpady").Take(3));
    }

    [Fact]
    public async Task Index_built_from_another_log_is_rebuilt_at_start_up()
    {
        // As after the database was replaced: the log's entry at the index's cursor is another one (logged at another time).
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using var second = await RestartWithStaleDocumentAsync(site, (head, logged) => (head, logged!.Value.AddSeconds(-1)));

        Assert.Empty(second.Urls("zmizela"));
        Assert.Contains("/zivotni-situace/poplatek-za-komunalni-odpad", second.Urls("odpady").Take(3));
    }

    // Indexes a document the database does not have and commits it with a cursor made from the log's head, as an index
    // of another database would be; then starts a second app on the site.
    private static async Task<PortalApp> RestartWithStaleDocumentAsync(TestSite site, Func<long, DateTime?, (long, DateTime?)> cursor)
    {
        await using (var first = await PortalApp.StartAsync(site))
        {
            await first.WaitForIndexAsync();
            var head = await first.InScopeAsync(sp => IndexCursorCheck.HeadAsync(sp.GetRequiredService<CoreDbContext>(), CancellationToken.None));
            var index = first.Services.GetRequiredService<SearchIndex>();
            index.Upsert(new SearchDocument { Kind = "Article", ItemId = "stale", Title = "Zmizelá zpráva", Url = "/aktuality/zmizela", Text = "zmizela" });
            var (id, logged) = cursor(head.Id, head.LoggedUtc);
            index.Commit(id, logged);
            Assert.Single(first.Urls("zmizela"));
        }

        var second = await PortalApp.StartAsync(site);
        await second.WaitForIndexAsync();
        return second;
    }

    // Starts an app on the site until its index is complete, stops it, damages the index, starts a second app and
    // waits until that one has its index back.
    private static async Task<PortalApp> RestartAfterAsync(TestSite site, Action<string> damage)
    {
        string indexPath;
        await using (var first = await PortalApp.StartAsync(site))
        {
            await first.WaitForIndexAsync();
            indexPath = first.Services.GetRequiredService<DataFolder>().Combine("search-index");
        }
        damage(indexPath);

        var second = await PortalApp.StartAsync(site);
        await second.WaitForIndexAsync();
        return second;
    }
}
