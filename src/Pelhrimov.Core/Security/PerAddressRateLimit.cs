using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Core.Cluster;

namespace Pelhrimov.Core.Security;

/// <summary>The per-client-address limit of forms that check a password or send an e-mail (staff and citizens alike).</summary>
public static class PerAddressRateLimit
{
    /// <summary>
    /// Adds policy <paramref name="name"/>: <paramref name="perMinute"/> requests per client address and minute, counted
    /// across all nodes in cluster mode (ADR 0054).
    /// </summary>
    public static RateLimiterOptions AddPerAddressPolicy(this RateLimiterOptions options, string name, int perMinute) =>
        options.AddPolicy(name, http => SharedWindowLimiter.Partition(
            http.RequestServices, name, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", perMinute, TimeSpan.FromMinutes(1)));
}
