using Microsoft.AspNetCore.Http;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Answers HEAD wherever GET is answered: the request goes through the pipeline as a GET (so every endpoint, module or
/// not, matches it) and the body is thrown away. Monitors and link checkers ask with HEAD.
/// </summary>
/// <remarks>
/// The rewrite comes first in the pipeline, so that a cached or re-executed (error page) response is the GET's too.
/// Kestrel remembers the request line's HEAD and sends no body either way; the null stream also keeps
/// the work of writing one off the wire under any other server.
/// </remarks>
public sealed class HeadRequestsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
