using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Core.Setup;

/// <summary>Brings the database up to date and, on a new data folder, sets the site up from the sample recipe.</summary>
public sealed class SiteInitializer(
    IServiceProvider services,
    IEnumerable<IModuleDatabase> databases,
    DataFolder dataFolder,
    PortalDatabase database,
    ILogger<SiteInitializer> logger)
{
    private const string SetupMarkerKey = "SetupCompleted";

    // Looked at when the initializer is made (UsePortalAsync, before the host starts its services): data protection
    // makes its first key as the host starts, so on a new folder a later look could find one.
    private readonly IReadOnlyList<string> _signsOfASite = OrphanedDataFolder.SignsOfASite(dataFolder);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataFolder.Path);
        await using var setupLock = await SetupLock.AcquireAsync(database, logger, cancellationToken);
        bool setUp;
        await using (var connection = database.CreateConnection(create: true))
        {
            if (database.Provider == DatabaseProvider.Sqlite && !File.Exists(connection.DataSource))
            {
                // Checked before opening, which would create an empty file in the lost database's place.
                OrphanedDataFolder.ThrowIfOrphaned(dataFolder, _signsOfASite, connection.DataSource, logger);
            }
            await connection.OpenAsync(cancellationToken);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers continue while an editor saves.
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA journal_mode=WAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            // In module dependency order, as they are migrated.
            var histories = new List<(IModuleDatabase Database, History History)>();
            foreach (var moduleDatabase in databases)
            {
                histories.Add((moduleDatabase, await ReadHistoryAsync(connection, moduleDatabase, cancellationToken)));
            }
            setUp = await IsSetUpAsync(connection, cancellationToken);
            if (setUp && histories.All(h => h.History == History.Current))
            {
                logger.LogDebug("The database is up to date and the site is set up");
                return;
            }
            if (!setUp && histories.All(h => h.History == History.Missing))
            {
                // A database without any module's tables: new, or (with PostgreSQL) dropped and created again.
                OrphanedDataFolder.ThrowIfOrphaned(dataFolder, _signsOfASite, $"{connection.DataSource} {connection.Database}".Trim(), logger);
            }

            foreach (var (moduleDatabase, history) in histories)
            {
                if (history == History.Missing && moduleDatabase.CreateScript is { } script
                    && await TryRunScriptAsync(connection, moduleDatabase, script, cancellationToken))
                {
                    continue;
                }
                if (history != History.Current)
                {
                    await moduleDatabase.MigrateAsync(services, cancellationToken);
                }
            }
        }
        if (setUp)
        {
            return;
        }

        var recipe = Path.Combine(dataFolder.SamplePath, "recipe.json");
        if (!File.Exists(recipe))
        {
            throw new InvalidOperationException($"The data folder is new but there is no setup recipe at {recipe}.");
        }
        logger.LogInformation("New data folder {DataPath}: setting the site up from {Recipe}", dataFolder.Path, recipe);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
        foreach (var task in scope.ServiceProvider.GetServices<ISetupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(cancellationToken);
        }

        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        core.SiteSettings.Add(new SiteSetting { Key = SetupMarkerKey, Json = "true", ModifiedUtc = DateTime.UtcNow });
        await core.SaveChangesAsync(cancellationToken);
    }

    private enum History
    {
        /// <summary>The module's history table does not exist (or cannot be read): a new module or a new database.</summary>
        Missing,

        /// <summary>Some of the module's migrations are not applied yet (after an upgrade).</summary>
        Behind,

        Current,
    }

    /// <summary>
    /// Where a module's database stands, asked with plain SQL: building the modules' EF Core models only to find out
    /// cost about half of a start on an up-to-date database (docs/adr/0011-start-up.md).
    /// </summary>
    private static async Task<History> ReadHistoryAsync(DbConnection connection, IModuleDatabase moduleDatabase, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await using var history = connection.CreateCommand();
            history.CommandText = $"SELECT \"MigrationId\" FROM \"{moduleDatabase.HistoryTable}\"";
            await using var reader = await history.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (DbException)
        {
            return History.Missing;
        }
        return moduleDatabase.MigrationIds.All(applied.Contains) ? History.Current : History.Behind;
    }

    /// <summary>Whether setup has completed (its marker is stored); false while the settings table does not exist.</summary>
    private static async Task<bool> IsSetUpAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var marker = connection.CreateCommand();
            marker.CommandText = $"SELECT COUNT(*) FROM \"{CoreDbContext.SiteSettingsTable}\" WHERE \"Key\" = @key";
            var key = marker.CreateParameter();
            key.ParameterName = "@key";
            key.Value = SetupMarkerKey;
            marker.Parameters.Add(key);
            return Convert.ToInt64(await marker.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
        }
        catch (DbException)
        {
            return false;
        }
    }

    /// <summary>
    /// Creates a module's tables with its migration script, which EF Core generated from the same migrations
    /// (MigrationScriptsTests). Should it fail (another node created them first, say), EF Core's migrator takes over and
    /// applies whatever is still missing, under its own lock.
    /// </summary>
    private async Task<bool> TryRunScriptAsync(DbConnection connection, IModuleDatabase moduleDatabase, string script, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = script;
            command.CommandTimeout = 300;
            await command.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("Created the tables of module {Module} from its migration script", moduleDatabase.ModuleId);
            return true;
        }
        catch (DbException e)
        {
            logger.LogWarning(e, "The migration script of module {Module} failed; migrating it with EF Core instead", moduleDatabase.ModuleId);
            try
            {
                // The script commits each migration on its own: one that failed half-way leaves its transaction open.
                await using var rollback = connection.CreateCommand();
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException)
            {
                // No transaction was open.
            }
            return false;
        }
    }
}
