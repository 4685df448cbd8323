using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Pelhrimov.Core.Security;

/// <summary>The per-client-address limit of forms that check a password or send an e-mail (staff and citizens alike).</summary>
public static class PerAddressRateLimit
{
    /// <summary>Adds policy <paramref name="name"/>: <paramref name="perMinute"/> requests per client address and minute.</summary>
    public static RateLimiterOptions AddPerAddressPolicy(this RateLimiterOptions options, string name, int perMinute) =>
        options.AddPolicy(name, http =>
            RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
}
