using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Payments.Gateways.ComGate;

// The portal side of a card payment's background calls: the real ComGate client (HttpClient factory, resilience
// pipelines) creating a payment and querying its status against the gateway simulator of a running site.
// One round = create + status, sequential, timed with a Stopwatch; the first rounds warm up and are not counted.
// Usage: dotnet GatewayBench.dll <api base, e.g. http://127.0.0.1:5931/platebni-brana-simulator/v1.0/> <merchant> <secret> [rounds=500] [warm-up=50]
// Normally run by bench/gateway.sh, which starts the site and makes the merchant and its secret.
if (args.Length < 3)
{
    Console.Error.WriteLine("Usage: GatewayBench <api base> <merchant> <secret> [rounds] [warm-up]");
    return 2;
}
var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 500;
var warmUp = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 50;

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ComGate:BaseUrl"] = args[0],
    ["ComGate:MerchantId"] = args[1],
    ["ComGate:Secret"] = args[2],
    ["ComGate:Test"] = "true",
}).Build();
var services = new ServiceCollection();
services.AddLogging();
services.AddComGatePaymentGateway(configuration.GetSection(ComGateOptions.Section));
await using var provider = services.BuildServiceProvider();
var gateway = provider.GetRequiredService<IPaymentGateway>();
var returnUrl = new Uri("http://127.0.0.1:1/platby/navrat?id=${id}");

var create = new List<double>(rounds);
var status = new List<double>(rounds);
var total = new List<double>(rounds);
for (var i = 0; i < warmUp + rounds; i++)
{
    var started = Stopwatch.GetTimestamp();
    var created = await gateway.CreatePaymentAsync(new PaymentRequest($"VS{i:D6}", 1500.50m, "Poplatek odpad", null, returnUrl, null));
    var afterCreate = Stopwatch.GetTimestamp();
    var report = await gateway.GetStatusAsync(created.TransactionId);
    var done = Stopwatch.GetTimestamp();
    if (report.Status != PaymentStatus.Pending || report.Amount != 1500.50m)
    {
        throw new InvalidOperationException($"Unexpected status of {created.TransactionId}: {report}");
    }
    if (i >= warmUp)
    {
        create.Add(Stopwatch.GetElapsedTime(started, afterCreate).TotalMilliseconds);
        status.Add(Stopwatch.GetElapsedTime(afterCreate, done).TotalMilliseconds);
        total.Add(Stopwatch.GetElapsedTime(started, done).TotalMilliseconds);
    }
}

Console.WriteLine($"rounds: {rounds} (after {warmUp} warm-up), sequential");
Console.WriteLine("| | p50 | p95 | p99 | max |");
Console.WriteLine("| --- | --- | --- | --- | --- |");
Report("create", create);
Report("status", status);
Report("round trip (create + status)", total);
return 0;

static void Report(string name, List<double> samples)
{
    samples.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {At(samples, 0.50):F1} ms | {At(samples, 0.95):F1} ms | {At(samples, 0.99):F1} ms | {samples[^1]:F1} ms |"));
}

static double At(List<double> sorted, double quantile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
