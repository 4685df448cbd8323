using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// The site's public address for links that leave the site (e-mails): <c>App:PublicUrl</c>, else (outside Production) the
/// address the server listens on. Never the request's <c>Host</c> header, which whoever sends the request chooses.
/// </summary>
/// <remarks>Production refuses to start without <c>App:PublicUrl</c> (<see cref="Validate"/>), see docs/adr/0014-public-address-and-proxies.md.</remarks>
public sealed class SiteAddress(IConfiguration configuration, IServer server)
{
    public const string ConfigurationKey = "App:PublicUrl";

    /// <summary>The site root, always ending with a slash, e.g. <c>https://www.pelhrimov.cz/</c>.</summary>
    public Uri Root => Configured(configuration) ?? new Uri(ListeningOrigin(server) + "/");

    /// <summary>
    /// Checks <c>App:PublicUrl</c> before the host is built: an absolute http(s) URL when set, and set in Production.
    /// Throws with the reason otherwise, so that the start fails with it in the log.
    /// </summary>
    public static void Validate(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    $"{ConfigurationKey} is not set. In Production the site's public address (e.g. https://www.pelhrimov.cz/) " +
                    "must be configured: links in e-mails are built from it, never from the request's Host header. " +
                    "Set App__PublicUrl in the environment (see README, Configuration).");
            }
            return;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} must be an absolute http or https address without query, e.g. https://www.pelhrimov.cz/ (it is '{value}').");
        }
    }

    /// <summary>The configured public root, or null when <c>App:PublicUrl</c> is not set.</summary>
    public static Uri? Configured(IConfiguration configuration)
    {
        var value = configuration[ConfigurationKey];
        return string.IsNullOrWhiteSpace(value) ? null : new Uri(value.Trim().TrimEnd('/') + "/");
    }

    /// <summary>The address this server listens on, e.g. <c>http://localhost:5080</c> (any-address bindings read as localhost).</summary>
    public static string ListeningOrigin(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? "http://localhost";
        return address.TrimEnd('/')
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal);
    }
}
