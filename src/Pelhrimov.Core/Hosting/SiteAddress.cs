using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Pelhrimov.Core.Hosting;

/// <summary>The site's public address for links that leave the site (e-mails): <c>App:PublicUrl</c>, else the request's own.</summary>
/// <remarks>Set <c>App:PublicUrl</c> in production: a link built from the request trusts its <c>Host</c> header, which
/// whoever sends the request chooses (unless <c>AllowedHosts</c> or the proxy restricts it).</remarks>
public static class SiteAddress
{
    public const string ConfigurationKey = "App:PublicUrl";

    /// <summary>The site root, always ending with a slash, e.g. <c>https://www.pelhrimov.cz/</c>.</summary>
    public static Uri Root(IConfiguration configuration, HttpRequest request)
    {
        var configured = configuration[ConfigurationKey];
        var root = string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.Trim();
        return new Uri(root.TrimEnd('/') + "/");
    }
}
