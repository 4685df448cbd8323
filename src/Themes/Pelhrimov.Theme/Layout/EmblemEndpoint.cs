using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Theme.Layout;

/// <summary><c>/znak</c>: the town's emblem from <see cref="SiteBranding"/>, cached for a year under its version.</summary>
public static class EmblemEndpoint
{
    public const string Path = "/znak";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async (HttpContext context, SiteSettingsStore store, string? v) =>
        {
            var branding = await store.GetAsync<SiteBranding>(context.RequestAborted);
            if (!branding.HasEmblem)
            {
                return Results.NotFound();
            }
            // An old version's address gets today's emblem without the long cache: it may change again.
            context.Response.Headers[HeaderNames.CacheControl] = v == branding.EmblemVersion
                ? "public, max-age=31536000, immutable"
                : "public, max-age=300";
            // An SVG opened on its own must not act as a page of the site.
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            return Results.Bytes(Convert.FromBase64String(branding.EmblemBase64!), branding.EmblemContentType);
        }).ExcludeFromDescription();
}
