using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Search.Services;

/// <summary>
/// Runs <see cref="UnansweredSearches.PruneAsync"/> at start-up and then every six hours. Until the site has a job
/// scheduler this is the timer; a scheduled job replaces this class and calls the same method.
/// </summary>
public sealed class UnansweredSearchPruning(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    StartupGate startup,
    ILogger<UnansweredSearchPruning> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var pruned = await scope.ServiceProvider.GetRequiredService<UnansweredSearches>().PruneAsync(stoppingToken);
                if (pruned > 0)
                {
                    logger.LogInformation("Pruned {Count} old rows of searches without results", pruned);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Pruning old searches without results failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
