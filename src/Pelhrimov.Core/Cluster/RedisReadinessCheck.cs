using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// Readiness of cluster mode's Redis. Unreachable is <c>Degraded</c> (still 200): the node serves on its own memory, and
/// every node would fail the check at once, so 503 would turn a Redis outage into a whole-site outage (ADR 0054).
/// </summary>
public sealed class RedisReadinessCheck(RedisConnection redis) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Degraded("Redis is unreachable: limits and replay checks per node, no cluster-wide eviction.");
        }
        try
        {
            var roundTrip = await redis.Database.PingAsync();
            return HealthCheckResult.Healthy($"Redis answers ({roundTrip.TotalMilliseconds:0.#} ms).");
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded("Redis does not answer.", e);
        }
    }
}
