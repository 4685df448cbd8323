using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Payments.Gateways.ComGate;

namespace Pelhrimov.Tests.Payments;

/// <summary>
/// The merchant's side of a card payment on its own origin (<c>http://localhost:PORT</c>): the real ComGate client
/// configured against the simulator, and the notification endpoint a module maps — verify, query the status, keep the
/// merged status (<see cref="PaymentStatuses.Merge"/>). Booking receivables is the Receivables module's; this host
/// keeps what it would book.
/// </summary>
public sealed class MerchantHost : IAsyncDisposable
{
    public const string NotificationPath = "/platby/oznameni";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, PaymentStatus> _statuses = new();
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MerchantHost(WebApplication app) => _app = app;

    public int Port { get; private init; }

    public Uri BaseAddress => new($"http://localhost:{Port}/");

    public Uri NotificationUrl => new(BaseAddress, NotificationPath);

    public IPaymentGateway Gateway => _app.Services.GetRequiredService<IPaymentGateway>();

    public IReadOnlyCollection<ReceivedNotification> Received => _received;

    public static async Task<MerchantHost> StartAsync(int port, Uri gatewayApi, string merchantId, string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ComGate:BaseUrl"] = gatewayApi.AbsoluteUri,
            ["ComGate:MerchantId"] = merchantId,
            ["ComGate:Secret"] = secret,
            ["ComGate:Test"] = "true",
        });
        builder.Services.AddComGatePaymentGateway(builder.Configuration.GetSection(ComGateOptions.Section));
        var app = builder.Build();
        var host = new MerchantHost(app) { Port = port };
        app.MapPost(NotificationPath, (Func<HttpContext, Task<IResult>>)host.NotifiedAsync);
        await app.StartAsync();
        return host;
    }

    /// <summary>The status this merchant keeps for a payment, from verified notifications only.</summary>
    public PaymentStatus? StatusOf(string transactionId) => _statuses.TryGetValue(transactionId, out var status) ? status : null;

    public IReadOnlyList<ReceivedNotification> ReceivedFor(string transactionId) =>
        _received.Where(r => r.TransactionId == transactionId).ToList();

    /// <summary>Waits until <paramref name="condition"/> holds after a notification arrived (30 s at most).</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition())
            {
                return;
            }
            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited 30 s for: {what}. Received: {string.Join("; ", _received)}");
            }
        }
    }

    private async Task<IResult> NotifiedAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var fields = form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
        var report = await Gateway.VerifyAndQueryAsync(fields, context.RequestAborted);
        if (report is not null)
        {
            _statuses.AddOrUpdate(report.TransactionId, report.Status, (_, current) => current.Merge(report.Status));
        }
        _received.Enqueue(new ReceivedNotification(
            fields.GetValueOrDefault("transId"), fields.GetValueOrDefault("status"), report?.Status, DateTimeOffset.UtcNow));
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return report is null
            ? Results.BadRequest()
            : Results.Text(ComGateGateway.NotificationAcknowledgement, "application/x-www-form-urlencoded");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One notification as it arrived: what it claimed, and what the status query said (null: not verified).</summary>
public sealed record ReceivedNotification(string? TransactionId, string? ClaimedStatus, PaymentStatus? QueriedStatus, DateTimeOffset At);
