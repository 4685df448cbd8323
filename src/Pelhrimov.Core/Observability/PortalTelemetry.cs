using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Pelhrimov.Core.Observability;

/// <summary>
/// OpenTelemetry for the portal (ADR 0051): metrics of ASP.NET Core, HttpClient, EF Core, the runtime (the process's
/// memory and CPU among them) and the portal's own meters; traces of requests, outgoing HTTP calls and database commands.
/// Registered only when something reads them: <c>/metrics</c> is guarded by configuration or an OTLP collector is set.
/// Otherwise nothing of OpenTelemetry is even loaded.
/// </summary>
public static class PortalTelemetry
{
    /// <summary>Meters of libraries the portal uses, besides those the instrumentation packages add.</summary>
    private static readonly string[] LibraryMeters = ["Microsoft.EntityFrameworkCore", "Npgsql", "Polly"];

    /// <summary>The modules' own spans (e.g. the workflow engine's <c>workflow.action</c>): every source named Pelhrimov.*.</summary>
    private const string PortalSources = "Pelhrimov.*";

    public static void AddPortalTelemetry(this IServiceCollection services, ObservabilitySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Enabled)
        {
            Register(services, settings);
        }
    }

    // Apart, so that a site without observability does not even load OpenTelemetry's assemblies to compile the caller.
    private static void Register(IServiceCollection services, ObservabilitySettings settings)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(settings.ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(LibraryMeters).AddMeter(PortalMeters.All);
                if (settings.ScrapeEnabled)
                {
                    // No scrape answer is reused: a scrape right after an action shows it.
                    metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        if (!settings.OtlpEnabled)
        {
            return;
        }
        telemetry.WithTracing(tracing => tracing
            .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
            .AddHttpClientInstrumentation()
            .AddEntityFrameworkCoreInstrumentation()
            .AddSource(PortalSources));
        if (settings.OtlpEndpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(settings.OtlpOverHttp ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc, endpoint);
        }
        else
        {
            telemetry.UseOtlpExporter();   // OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS as every SDK reads them
        }
    }

    /// <summary>Health probes and scrapes come every few seconds and say nothing about visitors: no trace for them.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(MetricsScrape.Path, StringComparison.OrdinalIgnoreCase);
}
