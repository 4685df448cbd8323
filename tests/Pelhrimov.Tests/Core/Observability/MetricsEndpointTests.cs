using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Observability;

namespace Pelhrimov.Tests.Core.Observability;

/// <summary>One app whose <c>/metrics</c> is guarded by a token, with its log written through the production JSON formatter.</summary>
public sealed class MetricsAppFixture : IAsyncLifetime
{
    public const string Token = "zkusebni-token-pro-prometheus";

    public JsonLogRecorder Log { get; } = new();

    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await PortalApp.StartAsync(options: new PortalAppOptions
    {
        Settings = { [ObservabilitySettings.ScrapeTokenKey] = Token },
        ConfigureServices = s => s.AddSingleton<ILoggerProvider>(Log),
    });

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>ADR 0051: the Prometheus scrape endpoint, its guard, the portal's meters in it, and the trace id in the log.</summary>
[Collection(SoleHostCollection.Name)]
public sealed class MetricsEndpointTests(MetricsAppFixture fixture) : IClassFixture<MetricsAppFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_scrape_with_the_token_shows_request_durations_and_a_staff_sign_in_it_followed()
    {
        var before = await PrometheusScrape.ScrapeAsync(fixture.App, MetricsAppFixture.Token);

        await fixture.App.CreateStaffClientAsync();

        var after = await PrometheusScrape.ScrapeAsync(fixture.App, MetricsAppFixture.Token);
        string[] signIn = ["method=\"staff-password\"", "outcome=\"success\""];
        Assert.True(PrometheusScrape.Sum(after, "portal_sign_ins_total", signIn) >= PrometheusScrape.Sum(before, "portal_sign_ins_total", signIn) + 1,
            "portal_sign_ins_total did not count the staff sign-in:\n" + string.Join('\n', after.Split('\n').Where(l => l.StartsWith("portal_", StringComparison.Ordinal))));
        Assert.Contains("http_server_request_duration_seconds_bucket{", after, StringComparison.Ordinal);
        Assert.Contains("process_memory_working_set_bytes", after.Replace("dotnet_", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scrape_is_never_cached_and_never_a_page_view()
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFixture.Token);
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected on /metrics");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.False(Pelhrimov.Analytics.Services.CountedRequests.IsCountedPath("/metrics"));
    }

    [Fact]
    public async Task Without_the_token_or_with_another_one_a_scrape_is_refused_and_the_refusal_is_logged_with_the_request_trace_id()
    {
        using var client = fixture.App.CreateClient();
        using (var bare = await client.GetAsync("/metrics", Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);
            Assert.DoesNotContain("process_", await bare.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        var trace = ActivityTraceId.CreateRandom().ToHexString();
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFixture.Token + "x");
        wrong.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var refused = await client.SendAsync(wrong, Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.DoesNotContain("process_", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var line = Assert.Single(fixture.Log.Lines, l => l.Contains(trace, StringComparison.Ordinal));
        using var entry = JsonDocument.Parse(line);
        Assert.Equal(trace, entry.RootElement.GetProperty("TraceId").GetString());
        Assert.Equal(16, entry.RootElement.GetProperty("SpanId").GetString()!.Length);
        Assert.Equal("Warning", entry.RootElement.GetProperty("LogLevel").GetString());
        Assert.Contains("/metrics", entry.RootElement.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }
}
