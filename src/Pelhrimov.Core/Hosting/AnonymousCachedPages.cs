using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Runs authentication only for requests that may have somebody to authenticate. A GET of an output-cached public page
/// (home, articles, the 404 page) without any cookie or <c>Authorization</c> header is anonymous whatever the handlers
/// would do, yet asking them (the NIA and OAuth handlers look at every request) cost 30 µs, three times the cached page
/// itself (docs/benchmarks.md). Everything else — any cookie, any credentials, any endpoint without output caching,
/// and requests without an endpoint, where a handler may answer its own path — is authenticated as before.
/// </summary>
public static class AnonymousCachedPages
{
    public static IApplicationBuilder UseAuthenticationWhereNeeded(this IApplicationBuilder app) =>
        app.UseWhen(context => !IsAnonymousCachedPage(context), branch => branch.UseAuthentication());

    public static bool IsAnonymousCachedPage(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey("Cookie")
            && !request.Headers.ContainsKey("Authorization")
            && context.GetEndpoint()?.Metadata is { } metadata
            && (metadata.GetMetadata<IOutputCachePolicy>() is not null || metadata.GetMetadata<OutputCacheAttribute>() is not null);
    }
}
