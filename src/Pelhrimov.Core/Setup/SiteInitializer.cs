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
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers continue while an editor saves.
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var moduleDatabase in databases)
        {
            await moduleDatabase.MigrateAsync(services, cancellationToken);
        }

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
}
