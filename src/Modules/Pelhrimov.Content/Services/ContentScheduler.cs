using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Content.Services;

/// <summary>Publishes and unpublishes scheduled content every few seconds.</summary>
/// <remarks>On several web nodes each node runs it; publishing twice is harmless because the command is idempotent.
/// A clustered job store replaces this when the site is scaled out (see ARCHITECTURE.md).</remarks>
public sealed class ContentScheduler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ContentScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<ContentService>().RunSchedulesAsync(stoppingToken);
                if (changed > 0)
                {
                    logger.LogInformation("Scheduler changed {Count} content items", changed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled publishing failed; will retry");
            }
        }
    }
}
