using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>
/// Module contexts are leased from a pool per scope (ADR 0060): a lease works on its own scope's connection, carries
/// nothing over from the scope that had it before, and on SQLite has EF Core's functions on that connection.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PooledContextTests(PortalApp app)
{
    // The test hosts validate scopes (PortalAppFactory): a singleton that took a context, and so shared one request's
    // lease with every other, fails its test instead of mixing citizens' data.
    [Fact]
    public void No_context_is_handed_out_outside_a_scope() =>
        Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<CoreDbContext>());

    // The scope disposes what each of its factory registrations made, and a module's context was made by two: the
    // provider's lease and the module's type forwarding to it. Disposed twice, a context went back to its pool a second
    // time if another scope had leased it between the two disposals: that scope found it disposed under its feet (a
    // notifications bench run crashed so), or a third scope was handed the same instance while the second still used it.
    [Fact]
    public async Task A_scope_disposes_its_module_context_once()
    {
        var database = new PortalDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), "pooled-" + Guid.NewGuid().ToString("N") + ".db")}");
        var services = new ServiceCollection().AddSingleton(database);
        // Only the database is read while a module registers its context.
        services.AddModuleDbContext<CountingContext, SqliteCountingContext, PostgresCountingContext>(
            new ModuleContext(new ConfigurationBuilder().Build(), null!, null!, database, null!), "Counting");
        await using var provider = services.BuildServiceProvider();

        CountingContext context;
        await using (var scope = provider.CreateAsyncScope())
        {
            context = scope.ServiceProvider.GetRequiredService<CountingContext>();
        }

        Assert.Equal(1, context.Disposals);
    }

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

/// <summary>A module context that counts how often it is disposed (each disposal of a pooled one returns it to its pool).</summary>
public abstract class CountingContext(DbContextOptions options) : DbContext(options)
{
    private int _disposals;

    public int Disposals => _disposals;

    public override void Dispose()
    {
        Interlocked.Increment(ref _disposals);
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        Interlocked.Increment(ref _disposals);
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteCountingContext(DbContextOptions<SqliteCountingContext> options) : CountingContext(options);

public sealed class PostgresCountingContext(DbContextOptions<PostgresCountingContext> options) : CountingContext(options);
