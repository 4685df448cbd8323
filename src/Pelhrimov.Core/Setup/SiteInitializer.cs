using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
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

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataFolder.Path);
        await using (var connection = database.CreateConnection())
        {
            await connection.OpenAsync(cancellationToken);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers continue while an editor saves.
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA journal_mode=WAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }
            if (await IsCurrentAndSetUpAsync(connection, cancellationToken))
            {
                logger.LogDebug("The database is up to date and the site is set up");
                return;
            }
        }

        var preparing = PrepareRecipeAsync();
        foreach (var moduleDatabase in databases)
        {
            await moduleDatabase.MigrateAsync(services, cancellationToken);
        }
        await preparing;

        await using var scope = services.CreateAsyncScope();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        if (await core.SiteSettings.AnyAsync(s => s.Key == SetupMarkerKey, cancellationToken))
        {
            return;
        }

        var recipe = Path.Combine(dataFolder.SamplePath, "recipe.json");
        if (!File.Exists(recipe))
        {
            throw new InvalidOperationException($"The data folder is new but there is no setup recipe at {recipe}.");
        }
        logger.LogInformation("New data folder {DataPath}: setting the site up from {Recipe}", dataFolder.Path, recipe);
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
        foreach (var task in scope.ServiceProvider.GetServices<ISetupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(cancellationToken);
        }

        core.SiteSettings.Add(new SiteSetting { Key = SetupMarkerKey, Json = "true", ModifiedUtc = DateTime.UtcNow });
        await core.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// While the modules migrate, builds the recipe's step handlers once on another core, so that their one-time
    /// initialisation (the HTML sanitiser's rule tables alone take ~0.2 s) is done when a new site's recipe runs. Only an
    /// optimisation: on failure the recipe builds them (and reports the problem) itself.
    /// </summary>
    private Task PrepareRecipeAsync() => Task.Run(() =>
    {
        try
        {
            using var scope = services.CreateScope();
            _ = scope.ServiceProvider.GetServices<IRecipeStepHandler>().Count();
        }
        catch (Exception e)
        {
            logger.LogDebug(e, "Preparing the recipe's step handlers ahead of setup failed");
        }
    });

    /// <summary>
    /// The common start, on a database that needs nothing: every module's migrations are in its history table and the
    /// setup marker is stored. Asked with plain SQL, because building the modules' EF Core models only to find that
    /// out cost about half of such a start (docs/adr/0011-start-up.md). Any doubt (a table missing, a query failing)
    /// answers false, and the full path then migrates and sets up as before.
    /// </summary>
    private async Task<bool> IsCurrentAndSetUpAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var moduleDatabase in databases)
            {
                var applied = new HashSet<string>(StringComparer.Ordinal);
                await using var history = connection.CreateCommand();
                history.CommandText = $"SELECT \"MigrationId\" FROM \"{moduleDatabase.HistoryTable}\"";
                await using (var reader = await history.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        applied.Add(reader.GetString(0));
                    }
                }
                if (!moduleDatabase.MigrationIds.All(applied.Contains))
                {
                    return false;
                }
            }

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
}
