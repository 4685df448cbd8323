using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Identity.NiaSimulator.Services;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// The set-up site of this test process, one per database provider: made the first time a <see cref="PortalApp"/> needs
/// a new site, and copied for every later one, which then starts as on any set-up site (no migrations, no recipe), in
/// place of setting up a site of its own (docs/adr/0042-test-site-template.md).
/// </summary>
/// <remarks>
/// The template is exactly what set-up leaves: the database after migrations, the sample recipe and the first
/// administrator, the recipe's media, the self-signed API-token certificates made at start and the eID development
/// certificates that a site otherwise makes at its first eID sign-in (each is an RSA key, about 0.2 s of CPU; a run of
/// the suite made 60 of them before). Its app is stopped before any
/// background work may start, so no Quartz tables, scheduler instance, event delivery, search index or mail of its own
/// is in it: every copy does that work itself, as a new site does after set-up. Data-protection keys are left out: each
/// copy makes its own with its own clock.
/// </remarks>
public static class SiteTemplate
{
    /// <summary>Settings whose value set-up reads (which modules are migrated and set up, the first administrator, where the
    /// recipe and the data are): an app that changes one must set <see cref="PortalAppOptions.FreshSite"/>.</summary>
    public static readonly IReadOnlyList<string> SettingsThatChangeSetup =
        ["Admin:", "Modules:", "App:SamplePath", "App:DataPath", "Database:", "ConnectionStrings:"];

    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestSite>>> Templates = new();

    /// <summary>A new site holding a copy of the template (made now if this is the first).</summary>
    public static async Task<TestSite> CopyAsync(DatabaseProvider provider)
    {
        var template = await Templates.GetOrAdd(provider, p => new Lazy<Task<TestSite>>(() => CreateAsync(p))).Value;
        return await TestSite.CopyOfAsync(template);
    }

    /// <summary>Refuses settings that would make a copy of the template differ from a site set up with them.</summary>
    public static void ThrowIfSettingsChangeSetup(IEnumerable<string> keys)
    {
        var changing = keys.Where(key => SettingsThatChangeSetup.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList();
        if (changing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", changing)} change what site set-up does, so a copy of the set-up template would not honour them: " +
                $"set {nameof(PortalAppOptions)}.{nameof(PortalAppOptions.FreshSite)} = true.");
        }
    }

    private static async Task<TestSite> CreateAsync(DatabaseProvider provider)
    {
        var site = await TestSite.CreateAsync(provider);
        try
        {
            var options = new PortalAppOptions { FreshSite = true, HoldBackgroundWork = true, ConfigureServices = KeepBackgroundWorkWaiting };
            await using (var app = await PortalApp.StartAsync(site, options))
            {
                if (app.Services.GetRequiredService<StartupGate>().IsOpen)
                {
                    throw new InvalidOperationException("The template's app opened its start-up gate: background work may have run in it.");
                }
                MakeDevelopmentCertificates(app.Services);
            }
            await CloseAsync(site);
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return site;
    }

    /// <summary>
    /// The certificates that the NIA simulator and the citizens' eID sign-in make in the data folder on first use, made
    /// once here so that no copy pays for them (a test of that first use starts on a fresh site).
    /// </summary>
    private static void MakeDevelopmentCertificates(IServiceProvider services)
    {
        _ = services.GetService<SigningKey>()?.Key;
        _ = services.GetService<NiaCertificate>()?.Certificate;
    }

    /// <summary>
    /// The template's app never opens its <see cref="StartupGate"/> (no request comes, and the timer that opens it
    /// anyway is never set), so the scheduler, the event dispatcher, the indexer and the mail worker never start.
    /// </summary>
    private static void KeepBackgroundWorkWaiting(IServiceCollection services) =>
        services.AddSingleton(sp => new StartupGate(new NeverStartedLifetime(), sp.GetRequiredService<ILogger<StartupGate>>()));

    /// <summary>Leaves the stopped template with no open connection and without what must be each copy's own.</summary>
    private static async Task CloseAsync(TestSite site)
    {
        foreach (var key in Directory.GetFiles(Path.Combine(site.DataPath, "keys"), "key-*.xml"))
        {
            File.Delete(key);
        }
        if (site.ConnectionString is { } connectionString)
        {
            await PostgresServer.CloseSessionsAsync(connectionString);
            return;
        }
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(site.DataPath, "portal.db")};Mode=ReadWrite;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }
    }

    private sealed class NeverStartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
