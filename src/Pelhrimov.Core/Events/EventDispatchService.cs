using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Events;

/// <summary>Dispatches events in the background: at once when one is published on this node, when a retry falls due,
/// and every <see cref="EventOptions.PollInterval"/> for what other nodes published. Starts after the first response.</summary>
public sealed class EventDispatchService(
    EventDispatcher dispatcher,
    EventDispatchSignal signal,
    IOptionsMonitor<EventOptions> options,
    TimeProvider clock,
    ILogger<EventDispatchService> logger,
    StartupGate startup) : BackgroundService
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.CurrentValue.PollInterval;
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
                if (await dispatcher.NextDueAsync(stoppingToken) is { } next)
                {
                    var untilDue = next - clock.GetUtcNow().UtcDateTime;
                    wait = untilDue < wait ? untilDue : wait;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Event dispatch pass failed; trying again in {Wait}.", wait);
            }
            try
            {
                // A delivery that is due but leased by another node would make this zero: never spin.
                await signal.WaitAsync(wait < MinimumWait ? MinimumWait : wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
