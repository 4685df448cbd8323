using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>A start migrates a module only when its history lacks a migration; a new module's tables come from its script.</summary>
public sealed class ModuleMigrationsAtStartTests
{
    [Fact]
    public async Task A_start_migrates_only_when_a_module_has_a_migration_its_history_table_lacks()
    {
        await using var site = await TestSite.CreateAsync();
        await using (await PortalApp.StartAsync(site))
        {
        }

        // Every module is current: the start reads the history tables and does not migrate anything.
        var current = new RecordingModuleDatabase([]);
        await using (var second = await PortalApp.StartAsync(site, new() { ConfigureServices = s => s.AddSingleton<IModuleDatabase>(current) }))
        {
            Assert.Equal(0, current.MigrateCalls);
        }

        // A module with a migration not yet applied (as after an upgrade): the start migrates.
        var upgraded = new RecordingModuleDatabase(["29991231000000_NotYetApplied"]);
        await using (var third = await PortalApp.StartAsync(site, new() { ConfigureServices = s => s.AddSingleton<IModuleDatabase>(upgraded) }))
        {
            Assert.Equal(1, upgraded.MigrateCalls);
            using var health = await third.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
            Assert.True(health.IsSuccessStatusCode);
        }
        Assert.Single(FirstRunTests.SetupRuns(site));
    }

    [Fact]
    public async Task A_module_without_tables_gets_them_from_its_migration_script_and_EF_Core_takes_over_if_it_fails()
    {
        await using var site = await TestSite.CreateAsync();
        await using (await PortalApp.StartAsync(site))
        {
        }
        const string table = "__migrations_test_scripted";
        var script = $"""
            CREATE TABLE "{table}" ("MigrationId" varchar(150) NOT NULL PRIMARY KEY, "ProductVersion" varchar(32) NOT NULL);
            INSERT INTO "{table}" ("MigrationId", "ProductVersion") VALUES ('20261129000000_Scripted', '10.0.15');
            """;

        // The module's history table is missing, as on a new database: its script creates it, EF Core is not asked.
        var scripted = new RecordingModuleDatabase(["20261129000000_Scripted"], table, script);
        await using (await PortalApp.StartAsync(site, new() { ConfigureServices = s => s.AddSingleton<IModuleDatabase>(scripted) }))
        {
            Assert.Equal(0, scripted.MigrateCalls);
        }
        // The next start finds the module current (running the script again would fail and fall back to EF Core).
        var again = new RecordingModuleDatabase(["20261129000000_Scripted"], table, script);
        await using (await PortalApp.StartAsync(site, new() { ConfigureServices = s => s.AddSingleton<IModuleDatabase>(again) }))
        {
            Assert.Equal(0, again.MigrateCalls);
        }
        // A script that fails leaves the module to EF Core's migrator, and the site still starts.
        var broken = new RecordingModuleDatabase(["20261129000000_Broken"], "__migrations_test_broken", "THIS IS NOT SQL;");
        await using (var app = await PortalApp.StartAsync(site, new() { ConfigureServices = s => s.AddSingleton<IModuleDatabase>(broken) }))
        {
            Assert.Equal(1, broken.MigrateCalls);
            using var health = await app.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
            Assert.True(health.IsSuccessStatusCode);
        }
    }

    [Fact]
    public async Task A_new_database_records_every_module_migration_as_EF_Core_would()
    {
        await using var app = await PortalApp.StartAsync(options: new() { FreshSite = true });

        var mismatches = await app.InScopeAsync(async sp =>
        {
            var found = new List<string>();
            foreach (var database in sp.GetServices<IModuleDatabase>())
            {
                var db = (DbContext)sp.GetRequiredService(database.ContextType);
                var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
                if (!applied.SequenceEqual(db.Database.GetMigrations()))
                {
                    found.Add($"{database.ModuleId}: [{string.Join(", ", applied)}]");
                }
            }
            return found;
        });

        Assert.Empty(mismatches);
    }

    /// <summary>A module database (its history in Core's table unless given another) that counts the times it is asked to migrate.</summary>
    private sealed class RecordingModuleDatabase(IReadOnlyList<string> migrationIds, string? historyTable = null, string? script = null) : IModuleDatabase
    {
        public int MigrateCalls { get; private set; }

        public string ModuleId => "Test.Recording";

        public Type ContextType => typeof(CoreDbContext);

        public string HistoryTable => historyTable ?? PortalDatabase.HistoryTable(CoreManifest.ModuleId);

        public IReadOnlyList<string> MigrationIds => migrationIds;

        public string? CreateScript => script;

        public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            MigrateCalls++;
            return Task.CompletedTask;
        }
    }
}
