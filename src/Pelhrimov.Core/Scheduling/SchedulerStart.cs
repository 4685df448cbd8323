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

    private readonly Lock _stopLock = new();
    private IScheduler? _scheduler;
    private volatile bool _started;
    private Task? _shutdown;

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
                _scheduler = scheduler;
                await ScheduledJobStore.StoreAsync(scheduler, jobs.Select(j => (j, SchedulerOptions.Effective(configuration, j))).ToList(), stoppingToken);
                await scheduler.Start(stoppingToken);
                _started = true;
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
        // A scheduler the stop caught between its creation and its start is shut down here too, so that the container's
        // disposal finds it shut down (ShutdownAsync says why).
        if (_scheduler is not { } scheduler)
        {
            return;
        }
        // The host can stop its services twice at once (StopAsync while RunAsync waits, as a test host does). Both calls
        // wait for the one shutdown: the second used to return at once ("already shut down"), the host then disposed the
        // container under the running jobs, their completions failed and were retried until the shutdown timeout (30 s).
        Task shutdown;
        lock (_stopLock)
        {
            shutdown = _shutdown ??= ShutdownAsync(scheduler, cancellationToken);
        }
        try
        {
            await shutdown.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout ran out (another service took it all): the process is ending anyway, and
            // throwing here would only turn a slow stop into a failed one.
            logger.LogWarning("The scheduler was not shut down cleanly: the host's shutdown timeout ran out.");
        }
    }

    private async Task ShutdownAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        try
        {
            // A job that is running finishes; the cluster sees this node leave. The token bounds the wait for jobs only.
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
        catch (Exception e) when (e is SchedulerException or ObjectDisposedException)
        {
            // The container shuts Quartz down too when it is disposed; under a test host that can come first.
            logger.LogDebug(e, "The scheduler was already shut down.");
        }
        catch (NullReferenceException e) when (!_started)
        {
            // Quartz 4.7's clustered job store throws this from ClusterManager.Shutdown when it was never started (its
            // check-in loop was never made). The scheduler counts as shut down after it, so the container's disposal no
            // longer runs into the same exception (it failed a test host's disposal in CI).
            logger.LogDebug(e, "The scheduler was shut down before it had started.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout ran out; StopAsync, waiting on the same token, says so once.
        }
    }
}
