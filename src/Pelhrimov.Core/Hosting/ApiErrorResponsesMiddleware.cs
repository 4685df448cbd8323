using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Endpoints that require an API scope answer errors as an API does: the status code and the <c>WWW-Authenticate</c>
/// header of the bearer scheme, never the HTML error page a browser gets.
/// </summary>
public sealed class ApiErrorResponsesMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (IsApiEndpoint(context.GetEndpoint()) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        return next(context);
    }

    private static bool IsApiEndpoint(Endpoint? endpoint) =>
        endpoint is not null && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Any(a => a.Policy?.StartsWith(ApiAuthentication.PolicyPrefix, StringComparison.Ordinal) == true);
}
