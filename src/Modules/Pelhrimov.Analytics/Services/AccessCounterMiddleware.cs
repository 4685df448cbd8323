using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Analytics.Services;

/// <summary>Counts a page view when a counted request starts its response: 200, HTML, not a bot, not admin.</summary>
/// <remarks>Counting as the headers go out (not after the body) means a client that has its response has been counted.</remarks>
public sealed class AccessCounterMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && CountedRequests.IsCountedPath(request.Path)
            && !CountedRequests.IsBot(request.Headers.UserAgent.ToString()))
        {
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                if (CountedRequests.IsPageView(http.Response))
                {
                    http.RequestServices.GetRequiredService<AccessCounter>().Record(
                        CountedRequests.NormalizePath(http.Request.Path),
                        http.Connection.RemoteIpAddress,
                        http.Request.Headers.UserAgent.ToString());
                }
                return Task.CompletedTask;
            }, context);
        }
        return next(context);
    }
}

/// <summary>Puts the counter first in the pipeline, so that pages answered from the output cache are counted too.</summary>
internal sealed class AccessCounterStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<AccessCounterMiddleware>();
        next(app);
    };
}
