using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pelhrimov.Core.Cluster;

/// <summary>
/// Readiness of the data-protection key ring in cluster mode (ADR 0054). A node started while Redis was down has no key
/// ring, and every page with a form or a cookie fails on it, so it is <c>Unhealthy</c> (503) and a balancer sends nobody
/// there until Redis answers and the ring loads. Running nodes keep their cached ring through an outage and stay ready,
/// which is why Redis itself is only <c>Degraded</c> (<see cref="RedisReadinessCheck"/>).
/// </summary>
public sealed class KeyRingReadinessCheck(IDataProtectionProvider provider) : IHealthCheck
{
    public const string Name = "data-protection";

    private static readonly byte[] Probe = [0x2A];

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Protecting needs the default key: from the cached ring in memory, or read from Redis when there is none.
            provider.CreateProtector("Pelhrimov.Core.Cluster.Readiness").Protect(Probe);
            return Task.FromResult(HealthCheckResult.Healthy("The data-protection key ring is loaded."));
        }
        catch (Exception e) when (e is CryptographicException or StackExchange.Redis.RedisException or TimeoutException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(
                "No data-protection key ring: Redis has not answered since this node started, so it cannot set cookies or check forms.", e));
        }
    }
}
