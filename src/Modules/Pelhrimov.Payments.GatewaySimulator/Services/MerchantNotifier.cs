using System.Diagnostics.CodeAnalysis;
using System.Net.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Payments.GatewaySimulator.Services;

/// <summary>How the notifications of one completed payment are to be delivered (the payment page's switches).</summary>
/// <param name="Delay">Wait this long before the first notification.</param>
/// <param name="Repeat">Send the final notification twice.</param>
/// <param name="StaleAfter">Send an outdated PENDING notification after the final one (out of order).</param>
public sealed record NotificationSwitches(TimeSpan Delay, bool Repeat, bool StaleAfter)
{
    public static readonly NotificationSwitches Immediately = new(TimeSpan.Zero, false, false);
}

/// <summary>
/// Pushes payment results to the merchant's notification URL in the background, as ComGate does, and expires unpaid
/// payments after <see cref="GatewaySimulatorOptions.PaymentLifetime"/>. A merchant that does not answer 200 gets the
/// notification again (three attempts, a second apart).
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Its CancellationTokenSource has no timer and nobody reads its wait handle: nothing to dispose, and disposing it at shutdown would fail notifications still running.")]
public sealed class MerchantNotifier(
    IHttpClientFactory clients, TimeProvider clock, ILogger<MerchantNotifier> logger) : IHostedService
{
    public const string HttpClientName = "PaymentGatewaySimulator.notifications";
    private const int Attempts = 3;
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
    }

    /// <summary>Delivers the result of a payment that just became final.</summary>
    public void Completed(SimulatedPayment payment, NotificationSwitches switches) => _ = RunAsync(async token =>
    {
        await Task.Delay(switches.Delay, clock, token);
        await SendAsync(payment, payment.Status, token);
        if (switches.Repeat)
        {
            await SendAsync(payment, payment.Status, token);
        }
        if (switches.StaleAfter)
        {
            await SendAsync(payment, ComGateStatus.Pending, token);
        }
    });

    /// <summary>Cancels the payment when its lifetime ends unpaid (an abandoned payment) and says so to the merchant.</summary>
    public void ExpireLater(SimulatedPayment payment) => _ = RunAsync(async token =>
    {
        var left = payment.ExpiresAt - clock.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, clock, token);
        }
        if (payment.TryComplete(ComGateStatus.Cancelled))
        {
            logger.LogInformation("Simulated payment {TransId} expired unpaid", payment.TransId);
            await SendAsync(payment, ComGateStatus.Cancelled, token);
        }
    });

    private async Task RunAsync(Func<CancellationToken, Task> work)
    {
        try
        {
            await work(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The payment gateway simulator could not deliver a notification");
        }
    }

    private async Task SendAsync(SimulatedPayment payment, string status, CancellationToken token)
    {
        if (payment.Merchant.NotificationUrl is not { } url)
        {
            logger.LogInformation("Simulated payment {TransId} is {Status}; merchant {Merchant} has no notification URL",
                payment.TransId, status, payment.Merchant.MerchantId);
            return;
        }
        var client = clients.CreateClient(HttpClientName);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var content = new FormUrlEncodedContent(payment.Fields(status));
                using var response = await client.PostAsync(url, content, token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                logger.LogInformation("Notification of {TransId} to {Url}: HTTP {Status}, attempt {Attempt}", payment.TransId, url, (int)response.StatusCode, attempt);
            }
            catch (HttpRequestException e)
            {
                logger.LogInformation("Notification of {TransId} to {Url} failed ({Message}), attempt {Attempt}", payment.TransId, url, e.Message, attempt);
            }
            if (attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), clock, token);
            }
        }
    }
}
