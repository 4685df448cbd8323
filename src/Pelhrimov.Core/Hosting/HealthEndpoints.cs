using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers (restart it when this fails). <c>/health/ready</c>: it can serve and store
/// (send it traffic only while this answers 200; 503 otherwise). <c>/health</c>: every check, as monitors used it before.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The tag of the checks that readiness runs.</summary>
    public const string ReadinessTag = "ready";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains(ReadinessTag), ResponseWriter = HealthResponse.WriteAsync });
    }
}
