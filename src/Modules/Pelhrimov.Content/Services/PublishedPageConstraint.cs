using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Memory;
using Pelhrimov.Core.Caching;

namespace Pelhrimov.Content.Services;

/// <summary>
/// The catch-all page route's constraint (<c>{**path:publishedpage}</c>): an address the published page tree in memory
/// does not hold matches no endpoint, so the 404 is answered before authentication, the output cache and MVC (which
/// would build the controller and its database context only to say "not found"), and the cached Czech 404 page follows
/// (docs/benchmarks.md, "Request costs"). While the tree is not in memory every address matches and the action loads it.
/// </summary>
public sealed class PublishedPageConstraint(IMemoryCache cache, PublicPageCacheInvalidator invalidator) : IRouteConstraint
{
    public const string Name = "publishedpage";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (routeDirection != RouteDirection.IncomingRequest || PageTree.PublishedInMemory(cache, invalidator) is not { } tree)
        {
            return true;
        }
        return tree.FindByPath(values.TryGetValue(routeKey, out var path) ? path as string ?? "" : "") is not null;
    }
}
