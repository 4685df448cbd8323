using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Observability;

namespace Pelhrimov.Tests.Core.Observability;

/// <summary>
/// ADR 0051: with an OpenTelemetry collector configured over <c>http/protobuf</c> the portal sends it the traces of
/// visitors' requests with their database commands, its metrics and its log, under the configured service name, and
/// never a trace of a health probe. The collector is a real HTTP server on loopback that keeps what it receives.
/// </summary>
[Collection(SoleHostCollection.Name)]
public sealed class OtlpExportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Traces_metrics_and_the_log_reach_a_collector_over_http_protobuf()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings =
            {
                [ObservabilitySettings.OtlpEndpointKey] = collector.Endpoint.AbsoluteUri,
                [ObservabilitySettings.OtlpProtocolKey] = "http/protobuf",
                [ObservabilitySettings.ServiceNameKey] = "portal-otlp-zkouska",
                ["Logging:LogLevel:Pelhrimov.Core.Hosting.StartupGate"] = "Information",
                // The SDK reads its standard variables from configuration: export within a second, not a minute.
                ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
                ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
                ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            },
        });
        using var client = app.CreateClient();

        // The probe ends before the page starts; spans are exported in the order they end, so once the page's span has
        // arrived the probe's would have too.
        using (var probe = await client.GetAsync("/health/live", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }
        using (var page = await client.GetAsync("/aktuality", Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        // Protocol buffers keep strings as plain UTF-8, so the exported names and values can be looked for in the bodies.
        // A server span has the attribute url.path (its key, four framing bytes, the value); the test's own
        // HttpClient runs in the same process and its client spans carry url.full instead.
        var traces = await collector.WaitForAsync("/v1/traces", ServerSpanOf("/aktuality"));
        Assert.Contains("portal-otlp-zkouska", traces, StringComparison.Ordinal);
        // The page's database spans end before its server span: they are in that export or an earlier one.
        Assert.Contains(collector.Bodies("/v1/traces"), body => body.Contains("db.system", StringComparison.Ordinal));
        Assert.DoesNotContain(collector.Bodies("/v1/traces"), body => ServerSpanOf("/health/live").IsMatch(body));

        var metrics = await collector.WaitForAsync("/v1/metrics", Text("http.server.request.duration"));
        Assert.Contains("portal-otlp-zkouska", metrics, StringComparison.Ordinal);

        var log = await collector.WaitForAsync("/v1/logs", Text("after the process started"));
        Assert.Contains("portal-otlp-zkouska", log, StringComparison.Ordinal);
    }

    private static Regex ServerSpanOf(string path) => new("url\\.path.{4}" + Regex.Escape(path) + "(?![a-z0-9/-])", RegexOptions.Singleline);

    private static Regex Text(string text) => new(Regex.Escape(text), RegexOptions.None);

    /// <summary>An OTLP/HTTP receiver: answers every export with an empty (valid) protobuf response and keeps the bodies.</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<(string Path, string Body)> _received = new();
        private readonly SemaphoreSlim _arrived = new(0);

        private OtlpCollector(WebApplication app) => _app = app;

        public Uri Endpoint { get; private set; } = null!;

        public static async Task<OtlpCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            var app = builder.Build();
            var collector = new OtlpCollector(app);
            app.MapPost("/v1/{signal}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body, context.RequestAborted);
                // Latin-1 keeps every byte, so a UTF-8 string inside the binary body is found byte for byte.
                collector._received.Enqueue((context.Request.Path.Value!, Encoding.Latin1.GetString(body.ToArray())));
                collector._arrived.Release();
                context.Response.ContentType = "application/x-protobuf";
                return Results.Empty;
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            collector.Endpoint = new Uri(address);
            return collector;
        }

        public IEnumerable<string> Bodies(string path) => _received.Where(r => r.Path == path).Select(r => r.Body);

        /// <summary>Waits for an export to <paramref name="path"/> whose body matches <paramref name="pattern"/> (ASCII); returns that body.</summary>
        public async Task<string> WaitForAsync(string path, Regex pattern)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (true)
            {
                if (Bodies(path).FirstOrDefault(pattern.IsMatch) is { } body)
                {
                    return body;
                }
                var left = deadline - DateTime.UtcNow;
                Assert.True(left > TimeSpan.Zero,
                    $"No export to {path} matched '{pattern}' within 30 s; received: {string.Join(", ", _received.Select(r => $"{r.Path} ({r.Body.Length} B)"))}");
                await _arrived.WaitAsync(left, Cancel);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _app.DisposeAsync();
            _arrived.Dispose();
        }
    }
}
