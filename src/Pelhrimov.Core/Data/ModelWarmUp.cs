using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Core.Data;

/// <summary>
/// Builds every module's EF Core model on a thread-pool thread while the host wires its pipeline and starts its server,
/// so that the first request finds the models it reads ready instead of building them while the visitor waits.
/// On an existing database nothing else needs the models before that request (docs/adr/0011-start-up.md).
/// </summary>
internal static class ModelWarmUp
{
    public static void Start(IServiceProvider services, ILogger logger) => _ = Task.Run(() =>
    {
        foreach (var database in services.GetServices<IModuleDatabase>())
        {
            try
            {
                using var scope = services.CreateScope();
                _ = ((DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType)).Model;
            }
            catch (Exception e)
            {
                // Only an optimisation: the request that needs the model builds it (and reports the problem) itself.
                logger.LogWarning(e, "Building the model of module {Module} ahead of the first request failed", database.ModuleId);
            }
        }
    });
}
