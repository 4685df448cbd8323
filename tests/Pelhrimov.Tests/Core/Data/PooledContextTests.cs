using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>
/// Module contexts are leased from a pool per scope (ADR 0060): a lease works on its own scope's connection, carries
/// nothing over from the scope that had it before, and on SQLite has EF Core's functions on that connection.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PooledContextTests(PortalApp app)
{
    [Fact]
    public async Task A_context_leased_after_another_scope_used_one_is_on_its_own_connection_tracks_nothing_and_has_the_default_policy()
    {
        var key = "test.pooled." + Guid.NewGuid().ToString("N");
        await using (var first = app.Services.CreateAsyncScope())
        {
            var core = first.ServiceProvider.GetRequiredService<CoreDbContext>();
            Assert.Same(first.ServiceProvider.GetRequiredService<ScopedConnection>().Connection, core.Database.GetDbConnection());
            // Left behind on purpose: an entity tracked but never saved, automatic savepoints off.
            core.Add(new SiteSetting { Key = key, Json = "{}", ModifiedUtc = DateTime.UtcNow });
            core.Database.AutoSavepointsEnabled = false;
        }

        // Several leases at once, so that whichever instance the first scope returned is among them.
        var scopes = Enumerable.Range(0, 4).Select(_ => app.Services.CreateAsyncScope()).ToList();
        try
        {
            foreach (var scope in scopes)
            {
                var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
                Assert.Same(scope.ServiceProvider.GetRequiredService<ScopedConnection>().Connection, core.Database.GetDbConnection());
                Assert.Empty(core.ChangeTracker.Entries());
                Assert.True(core.Database.AutoSavepointsEnabled);
                Assert.Null(core.Database.CurrentTransaction);
                Assert.False(await core.SiteSettings.AnyAsync(s => s.Key == key, TestContext.Current.CancellationToken));
                if (TestEnvironment.Database == DatabaseProvider.Sqlite)
                {
                    // EF Core's decimal comparison, which its SQLite provider adds to the connection itself.
                    var compared = await core.Database.SqlQueryRaw<int>("SELECT ef_compare('1.5', '2') AS \"Value\"").SingleAsync(TestContext.Current.CancellationToken);
                    Assert.Equal(-1, compared);
                }
            }
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }
}
