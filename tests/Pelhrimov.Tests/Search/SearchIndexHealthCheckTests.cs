using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Tests.Search;

/// <summary>What readiness says of the node's search index in each of its states (ADR 0051).</summary>
public sealed class SearchIndexHealthCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("search-health-").FullName;
    private readonly SearchIndex _index;
    private readonly SearchIndexStatus _status = new();

    public SearchIndexHealthCheckTests() => _index = new SearchIndex(new DataFolder(_folder, _folder), NullLogger<SearchIndex>.Instance);

    [Fact]
    public async Task An_index_that_could_not_be_opened_is_unhealthy_and_one_being_opened_degraded()
    {
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status);

        _status.LastError = "Lock obtain timed out";

        var failed = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, failed.Status);
        Assert.Contains("Lock obtain timed out", failed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_index_is_degraded_while_rebuilt_or_behind_and_healthy_when_it_follows_the_log()
    {
        _index.Open();
        _status.RequestRebuild();
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status);

        _status.RebuildStarted();
        _status.RebuildProgress(42);
        var rebuilding = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, rebuilding.Status);
        Assert.Contains("42", rebuilding.Description, StringComparison.Ordinal);

        _status.RebuildFinished(DateTime.UtcNow);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        _status.LastError = "database is locked";
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync()).Status);
    }

    private Task<HealthCheckResult> CheckAsync() =>
        new SearchIndexHealthCheck(_index, _status).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
