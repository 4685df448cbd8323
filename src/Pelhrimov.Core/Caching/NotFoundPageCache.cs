using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Pelhrimov.Core.Caching;

/// <summary>
/// The Czech 404 page rendered once and kept in the output cache, for any unknown address: the page is the same for all
/// of them (re-executed at <c>/chyba/404</c>), and rendering it with the layout's settings and menus cost nine times a
/// cached page, for every address a crawler or an attacker invents. Anonymous requests only (the header shows a signed-in
/// citizen's account), evicted with the public pages, whose menus and settings it shows.
/// </summary>
public sealed class NotFoundPageCache : IOutputCachePolicy
{
    public const string PolicyName = "NotFoundPage";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var originalStatus = http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        var cacheable = HttpMethods.IsGet(http.Request.Method)
            && originalStatus is null or StatusCodes.Status404NotFound
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = PublicPageCache.MaxAge;
        context.Tags.Add(PublicPageCache.Tag);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status404NotFound || response.Headers.ContainsKey("Set-Cookie"))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
