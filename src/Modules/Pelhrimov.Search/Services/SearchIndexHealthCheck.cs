using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pelhrimov.Search.Services;

/// <summary>
/// Readiness of the node's search index (<c>/health/ready</c>, check <c>search-index</c>): Unhealthy when it could not be
/// opened (search answers nothing on this node: take it out of the balancer and look at the log); Degraded while it is
/// opened, rebuilt or its catch-up fails (the node serves; search may miss or show old items); Healthy otherwise.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndex index, SearchIndexStatus status) : IHealthCheck
{
    public const string Name = "search-index";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        if (!index.IsOpen)
        {
            return status.LastError is { } error
                ? HealthCheckResult.Unhealthy("The search index could not be opened: " + error)
                : HealthCheckResult.Degraded("The search index is being opened.");
        }
        if (status.IsRebuilding || status.RebuildRequested)
        {
            return HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture, $"The search index is being rebuilt: {status.RebuildIndexed} documents so far."));
        }
        if (status.LastError is { } failure)
        {
            return HealthCheckResult.Degraded("The search index does not catch up with the indexing log: " + failure);
        }
        return HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"The search index follows the indexing log (cursor {index.Cursor})."));
    }
}
