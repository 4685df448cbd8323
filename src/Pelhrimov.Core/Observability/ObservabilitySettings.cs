using Microsoft.Extensions.Configuration;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Observability;

/// <summary>
/// The <c>Observability</c> section (docs/operations.md): who may scrape <c>/metrics</c> and where OTLP goes. With neither,
/// nothing is collected or exported.
/// </summary>
public sealed class ObservabilitySettings
{
    public const string ScrapeTokenKey = "Observability:Prometheus:Token";
    public const string ScrapeNetworksKey = "Observability:Prometheus:AllowedNetworks";
    public const string OtlpEndpointKey = "Observability:Otlp:Endpoint";
    public const string OtlpProtocolKey = "Observability:Otlp:Protocol";
    public const string ServiceNameKey = "Observability:ServiceName";

    /// <summary>The standard variable of OpenTelemetry SDKs, honoured when the portal's own key is not set.</summary>
    public const string StandardOtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The bearer token a scraper must send; null when none is required.</summary>
    public string? ScrapeToken { get; init; }

    /// <summary>Addresses or networks a scraper must come from; empty when any may.</summary>
    public IReadOnlyList<System.Net.IPNetwork> ScrapeNetworks { get; init; } = [];

    /// <summary><c>/metrics</c> exists only when a token or networks guard it.</summary>
    public bool ScrapeEnabled => ScrapeToken is not null || ScrapeNetworks.Count > 0;

    /// <summary>The collector's address from <see cref="OtlpEndpointKey"/>; null when not set there.</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary><c>grpc</c> (the default, port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public bool OtlpOverHttp { get; init; }

    /// <summary>Only the standard <c>OTEL_EXPORTER_OTLP_*</c> variables configure OTLP.</summary>
    public bool StandardOtlpVariables { get; init; }

    public bool OtlpEnabled => OtlpEndpoint is not null || StandardOtlpVariables;

    public bool Enabled => ScrapeEnabled || OtlpEnabled;

    public string ServiceName { get; init; } = "portal";

    public static ObservabilitySettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration[OtlpEndpointKey];
        if (!string.IsNullOrWhiteSpace(endpoint) && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"{OtlpEndpointKey}: '{endpoint}' is not an absolute address (http://collector:4317).");
        }
        var protocol = configuration[OtlpProtocolKey];
        if (!string.IsNullOrWhiteSpace(protocol) && protocol is not ("grpc" or "http/protobuf"))
        {
            throw new InvalidOperationException($"{OtlpProtocolKey}: '{protocol}' is neither grpc nor http/protobuf.");
        }
        var token = configuration[ScrapeTokenKey];
        return new ObservabilitySettings
        {
            ScrapeToken = string.IsNullOrWhiteSpace(token) ? null : token.Trim(),
            ScrapeNetworks = ProxyHeaders.Networks(configuration, ScrapeNetworksKey),
            OtlpEndpoint = string.IsNullOrWhiteSpace(endpoint) ? null : new Uri(endpoint),
            OtlpOverHttp = protocol == "http/protobuf",
            StandardOtlpVariables = !string.IsNullOrWhiteSpace(configuration[StandardOtlpEndpointKey]),
            ServiceName = configuration[ServiceNameKey] is { Length: > 0 } name ? name : "portal",
        };
    }
}
