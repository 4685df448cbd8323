using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers (restart it when this fails). <c>/health/ready</c>: it can serve and store
/// (send it traffic only while this answers 200; 503 otherwise). <c>/health</c>: every check, as monitors used it before.
/// A module adds what readiness needs of it with <see cref="AddReadinessCheck{T}"/>: Core the database, Search the
/// node's index, cluster mode its Redis (ADR 0054).
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The tag of the checks that readiness runs.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>
    /// Registers a check that <c>/health/ready</c> (and <c>/health</c>) run. Unhealthy makes readiness answer 503; Degraded
    /// still answers 200 (the node serves, with less), and shows in the JSON.
    /// </summary>
    public static IHealthChecksBuilder AddReadinessCheck<T>(this IServiceCollection services, string name)
        where T : class, IHealthCheck =>
        services.AddHealthChecks().AddCheck<T>(name, tags: [ReadinessTag]);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains(ReadinessTag), ResponseWriter = HealthResponse.WriteAsync });
    }
}
