using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// What the site believes about the request's origin: <c>X-Forwarded-For</c>/<c>-Proto</c> only from the proxies in
/// <c>App:TrustedProxies</c> (default: loopback), only <c>http</c>/<c>https</c> as a scheme, and, once
/// <c>App:PublicUrl</c> is set, only its host (and loopback, for local monitoring) in the <c>Host</c> header.
/// </summary>
/// <remarks>docs/adr/0014-public-address-and-proxies.md</remarks>
public static class ProxyHeaders
{
    public const string TrustedProxiesKey = "App:TrustedProxies";

    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Registers the forwarded-headers and host-filter options; throws at start on an address it cannot read.</summary>
    public static void AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = TrustedNetworks(configuration);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var network in proxies)
            {
                o.KnownIPNetworks.Add(network);
            }
        });

        // An explicit AllowedHosts wins; the default "*" is narrowed to the public address.
        var allowed = configuration["AllowedHosts"];
        if (SiteAddress.Configured(configuration) is { } publicRoot && (string.IsNullOrWhiteSpace(allowed) || allowed.Trim() == "*"))
        {
            services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [publicRoot.IdnHost, .. LoopbackHosts]);
        }
    }

    /// <summary>Applies <c>X-Forwarded-*</c> from trusted proxies, after dropping a scheme other than http or https.</summary>
    public static void UseProxyHeaders(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Request.Headers;
            if (headers.TryGetValue(ForwardedHeadersDefaults.XForwardedProtoHeaderName, out var proto))
            {
                var normalized = NormalizedSchemes(proto);
                if (normalized is null)
                {
                    headers.Remove(ForwardedHeadersDefaults.XForwardedProtoHeaderName);
                }
                else
                {
                    headers[ForwardedHeadersDefaults.XForwardedProtoHeaderName] = normalized;
                }
            }
            return next(context);
        });
        app.UseForwardedHeaders();
    }

    /// <summary>The trusted proxies: each entry an address (<c>10.0.0.5</c>) or a network (<c>10.0.0.0/24</c>); loopback when none.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> TrustedNetworks(IConfiguration configuration)
    {
        var networks = Networks(configuration, TrustedProxiesKey);
        return networks.Count > 0 ? networks : [System.Net.IPNetwork.Parse("127.0.0.0/8"), System.Net.IPNetwork.Parse("::1/128")];
    }

    /// <summary>The addresses and networks listed under <paramref name="key"/> (comma-separated or an array); empty when none.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> Networks(IConfiguration configuration, string key)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(key);
        return section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(entry => Parse(key, entry))
            .ToList();
    }

    private static System.Net.IPNetwork Parse(string key, string entry)
    {
        if (System.Net.IPNetwork.TryParse(entry, out var network))
        {
            return network;
        }
        if (IPAddress.TryParse(entry, out var address))
        {
            return new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8);
        }
        throw new InvalidOperationException(
            $"{key}: '{entry}' is neither an IP address (10.0.0.5) nor a network (10.0.0.0/24).");
    }

    /// <summary>The header's schemes in lower case, or null when any is not http or https.</summary>
    private static string? NormalizedSchemes(StringValues values)
    {
        var schemes = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries)).ToList();
        if (schemes.Count == 0 || schemes.Any(s => !s.Equals("http", StringComparison.OrdinalIgnoreCase) && !s.Equals("https", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return string.Join(", ", schemes.Select(s => s.ToLowerInvariant()));
    }
}
