using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Core;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.ApiClients.Services;

/// <summary>
/// Every access token leaves an entry (so that it can be revoked); entries of tokens that expired or were
/// revoked more than a day ago are deleted every six hours, so the table stays about the size of a day's traffic.
/// </summary>
public sealed class TokenPruning(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    StartupGate startup,
    ILogger<TokenPruning> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var tokens = scope.ServiceProvider.GetRequiredService<OpenIddictTokenManager<ApiClientToken>>();
                var pruned = await tokens.PruneAsync(clock.GetUtcNow() - KeepFor, stoppingToken);
                if (pruned > 0)
                {
                    logger.LogInformation("Pruned {Count} old API access token entries", pruned);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Pruning old API access token entries failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
