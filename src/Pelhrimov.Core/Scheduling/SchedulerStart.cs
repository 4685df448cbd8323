using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;
using Quartz;

namespace Pelhrimov.Core.Scheduling;

/// <summary>
/// Starts this node's scheduler once the site has answered its first request (<see cref="StartupGate"/>, which also
/// waits for a new site's setup): stores every registered job and its trigger, then joins the cluster.
/// </summary>
/// <remarks>
/// Quartz is neither built nor asked anything before that, so it costs the start nothing but its registration
/// (docs/adr/0011-start-up.md, docs/benchmarks.md).
/// </remarks>
public sealed class SchedulerStart(
    IServiceProvider services,
    IEnumerable<ScheduledJob> jobs,
    SchedulerOptions options,
    IConfiguration configuration,
    StartupGate startup,
    ILogger<SchedulerStart> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private IScheduler? _started;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            logger.LogInformation("Scheduler:Enabled is false: this node runs no scheduled jobs.");
            return;
        }
        await startup.WaitAsync(stoppingToken);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                // A scheduler whose first start failed (the database was down, say) is shut down for good: build a new one.
                var scheduler = attempt == 1
                    ? services.GetRequiredKeyedService<IScheduler>(PortalScheduler.SchedulerName)
                    : await services.GetRequiredService<ISchedulerRuntime>().Restart(PortalScheduler.SchedulerName, cancellationToken: stoppingToken);
                await ScheduledJobStore.StoreAsync(scheduler, jobs.Select(j => (j, SchedulerOptions.Effective(configuration, j))).ToList(), stoppingToken);
                await scheduler.Start(stoppingToken);
                _started = scheduler;
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Without the scheduler nothing scheduled is published: say so loudly and keep trying.
                logger.LogError(e, "The scheduler could not start; trying again in {Delay}.", RetryAfter);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_started is not { } scheduler)
        {
            return;
        }
        try
        {
            // A job that is running finishes (its cancellation token is signalled); the cluster sees this node leave.
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
        catch (Exception e) when (e is SchedulerException or ObjectDisposedException)
        {
            // The container shuts Quartz down too when it is disposed; under a test host that can come first.
            logger.LogDebug(e, "The scheduler was already shut down.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout ran out (another service took it all): the process is ending anyway, and
            // throwing here would only turn a slow stop into a failed one.
            logger.LogWarning("The scheduler was not shut down cleanly: the host's shutdown timeout ran out.");
        }
    }
}
