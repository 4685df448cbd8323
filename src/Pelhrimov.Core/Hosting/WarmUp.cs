using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Reading work a module does on the spare core while the site starts, so that the first visitor does not wait for it:
/// typically the queries of the pages people open first (the home page, the layout), whose EF Core query compilation
/// and code generation otherwise happen inside the first request (docs/adr/0011-start-up.md).
/// </summary>
/// <remarks>
/// Runs once per start, in its own scope, as soon as the database is ready and a new site set up (before the remaining
/// modules' models are loaded): on an existing site while the host wires its pipeline and the server starts, on a new
/// one while the server already listens. Either way the first request may be served meanwhile. It must only read, must
/// not depend on a request and should take well under a second; a failure is logged and otherwise ignored.
/// Register with <c>services.AddSingleton&lt;IWarmUp, MyWarmUp&gt;()</c>.
/// </remarks>
public interface IWarmUp
{
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>Runs start-up work on a thread-pool thread, off the path of the start and of the first request.</summary>
internal static class WarmUp
{
    /// <summary>
    /// Builds MVC's action descriptors (every controller of every module) while the database is being checked or set
    /// up; <c>MapControllers</c> then finds them built instead of building them on the start's path.
    /// </summary>
    public static void StartActions(IServiceProvider services, ILogger logger) => Run(logger, "the controllers' action descriptors", () =>
    {
        _ = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors;
        return Task.CompletedTask;
    });

    /// <summary>Runs every <see cref="IWarmUp"/>, then loads the other modules' models (compiled, or built when a module has none).</summary>
    public static void StartData(IServiceProvider services, ILogger logger)
    {
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        Run(logger, "the modules' warm-ups and models", async () =>
        {
            // The warm-ups first: they prepare what the first request needs, and load the models they use on the way.
            foreach (var warmUp in services.GetServices<IWarmUp>())
            {
                await using var scope = services.CreateAsyncScope();
                try
                {
                    await warmUp.RunAsync(scope.ServiceProvider, stopping);
                }
                catch (Exception e) when (!stopping.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Start-up warm-up {WarmUp} failed", warmUp.GetType().Name);
                }
            }
            foreach (var database in services.GetServices<IModuleDatabase>())
            {
                await using var scope = services.CreateAsyncScope();
                _ = ((DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType)).Model;
            }
        });
    }

    private static void Run(ILogger logger, string what, Func<Task> work) => _ = Task.Run(async () =>
    {
        try
        {
            await work();
        }
        catch (Exception e)
        {
            // Only an optimisation: whatever needs it later does the same work (and reports the problem) itself.
            logger.LogWarning(e, "Preparing {What} ahead of the first request failed", what);
        }
    });
}
