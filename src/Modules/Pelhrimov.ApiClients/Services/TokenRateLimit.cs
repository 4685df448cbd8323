using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Core.Cluster;

namespace Pelhrimov.ApiClients.Services;

/// <summary>
/// At most <c>ApiClients:TokenRequestsPerMinute</c> (60) token requests a minute from one IP address, so that a client
/// secret cannot be guessed at speed. Over the limit: 429 with an OAuth-style JSON error (ASCII, as RFC 6749 wants) and <c>Retry-After</c>.
/// </summary>
public sealed class TokenRateLimit(ApiClientSettings settings) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "api-token";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <summary>Counted across all nodes in cluster mode (ADR 0054).</summary>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        SharedWindowLimiter.Partition(httpContext.RequestServices, PolicyName,
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", settings.TokenRequestsPerMinute, TimeSpan.FromMinutes(1));

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.CacheControl = "no-store";
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        await response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["error"] = "too_many_requests",
            ["error_description"] = "Too many token requests from this address; try again in a minute.",
        }, cancellationToken);
    }
}
