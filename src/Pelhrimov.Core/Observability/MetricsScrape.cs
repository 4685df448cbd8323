using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Core.Observability;

/// <summary>
/// <c>/metrics</c> in Prometheus's text format, guarded by configuration (ADR 0051): not configured, or asked from an
/// address outside <see cref="ObservabilitySettings.ScrapeNetworks"/>, it does not exist (404 like any unknown path);
/// with a token configured, a request without it or with another one gets 401. Answered before the output cache, the
/// access counter's page views (it is not HTML) and authentication; never stored by any cache.
/// </summary>
public sealed class MetricsScrape(ObservabilitySettings settings, ILogger<MetricsScrape> logger)
{
    public const string Path = "/metrics";

    private static readonly object Allowed = new();

    private readonly byte[]? _tokenHash = settings.ScrapeToken is { } token ? SHA256.HashData(Encoding.UTF8.GetBytes(token)) : null;

    /// <summary>Puts the guard and the exporter into the pipeline when <c>/metrics</c> is configured.</summary>
    public static void Use(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.ApplicationServices.GetRequiredService<ObservabilitySettings>();
        if (!settings.ScrapeEnabled)
        {
            return;
        }
        var guard = new MetricsScrape(settings, app.ApplicationServices.GetRequiredService<ILogger<MetricsScrape>>());
        app.Use(guard.InvokeAsync);
        UseExporter(app);
    }

    // Apart, so that a site without /metrics does not load the exporter's assembly to compile Use.
    private static void UseExporter(IApplicationBuilder app) =>
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Items.ContainsKey(Allowed));

    private Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase) || !FromAllowedNetwork(context.Connection.RemoteIpAddress))
        {
            return next(context);
        }
        if (_tokenHash is not null && !CarriesToken(context.Request))
        {
            logger.LogWarning("A scrape of {Path} from {Address} without the configured token was refused.", Path, context.Connection.RemoteIpAddress);
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;   // a scraper reads no Czech error page
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            context.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }
        context.Items[Allowed] = true;
        context.Response.Headers.CacheControl = "no-store";
        return next(context);
    }

    private bool FromAllowedNetwork(IPAddress? address)
    {
        if (settings.ScrapeNetworks.Count == 0)
        {
            return true;
        }
        if (address is null)
        {
            return false;
        }
        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return settings.ScrapeNetworks.Any(n => n.Contains(address));
    }

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c>, compared in constant time.</summary>
    private bool CarriesToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var sent = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(sent, _tokenHash);
    }
}
