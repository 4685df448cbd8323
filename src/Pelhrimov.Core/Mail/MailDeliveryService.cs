using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Mail;

/// <summary>Delivers the outbox in the background: at once when a message is queued on this node, when a retry falls
/// due, and every <see cref="SmtpOptions.PollInterval"/> for what other nodes queued.</summary>
public sealed class MailDeliveryService(
    MailDeliveryWorker worker,
    MailDeliverySignal signal,
    IOptionsMonitor<SmtpOptions> options,
    TimeProvider clock,
    ILogger<MailDeliveryService> logger,
    StartupGate startup) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        var settings = options.CurrentValue;
        if (settings.UsesPickupFolder)
        {
            logger.LogInformation("Smtp:Host is not configured: e-mails are written as .eml files to {Folder}.", worker.PickupFolder);
        }
        else
        {
            logger.LogInformation("E-mails are delivered over SMTP to {Host}:{Port} ({Security}).", settings.Host, settings.Port, settings.Security);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.CurrentValue.PollInterval;
            try
            {
                await worker.DeliverDueAsync(stoppingToken);
                if (await worker.NextDueAsync(stoppingToken) is { } next)
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
                logger.LogWarning(e, "E-mail delivery pass failed; trying again in {Wait}.", wait);
            }
            try
            {
                // A message that is due but held by another node's claim would make this zero: never spin.
                await signal.WaitAsync(wait < MinimumWait ? MinimumWait : wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(100);
}
