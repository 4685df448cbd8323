using System.Net;
using System.Text.Json;

namespace Pelhrimov.Tests.Core.Observability;

/// <summary>A site without observability settings (the shared app): no <c>/metrics</c>; readiness checks the search index too.</summary>
[Collection(PortalCollection.Name)]
public sealed class ObservabilityDefaultsTests(PortalApp app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_configuration_there_is_no_metrics_endpoint()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "cokoli");

        using var response = await client.GetAsync("/metrics", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("http_server_request_duration", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_checks_the_database_and_the_search_index_and_liveness_checks_nothing()
    {
        using var ready = await app.CreateClient().GetAsync("/health/ready", Cancel);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(Cancel));
        var checks = json.RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        var search = checks.GetProperty("search-index");
        Assert.Contains(search.GetProperty("status").GetString(), new[] { "Healthy", "Degraded" });
        Assert.Contains("search index", search.GetProperty("description").GetString(), StringComparison.Ordinal);

        using var live = await app.CreateClient().GetAsync("/health/live", Cancel);
        using var liveJson = JsonDocument.Parse(await live.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Empty(liveJson.RootElement.GetProperty("checks").EnumerateObject());
    }
}
