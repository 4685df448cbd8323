using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Controllers;

/// <summary>Czech error pages: 404 and friends through status-code re-execution, 500 through the exception handler.</summary>
/// <remarks>The actions bind nothing: a malformed request re-executed here must not fail again while its form is read,
/// and the status comes from the re-executing middleware, never from the URL (<c>/chyba/0</c> was a status line of 0).</remarks>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/chyba")]
    public IActionResult ServerError()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not { } error)
        {
            return StatusPage(StatusCodes.Status404NotFound);
        }
        var status = MalformedRequests.StatusCodeOf(error.Error);
        if (status < StatusCodes.Status500InternalServerError)
        {
            // The exception handler does not log these (PortalHost): one line, no stack trace.
            logger.LogInformation("Malformed request {Method} {Path} answered {Status}: {Reason}", Request.Method, error.Path, status, error.Error.Message);
            return StatusPage(status);
        }
        // The exception handler has logged the exception with its stack trace.
        ViewData["TraceId"] = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (DatabaseUnavailableException.Describes(error.Error))
        {
            // Nothing was stored: say so, and let clients and proxies retry later instead of believing in a success.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "60";
            return View("Unavailable");
        }
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError");
    }

    [Route("/chyba/{code:int}")]
    [OutputCache(PolicyName = NotFoundPageCache.PolicyName)]
    public IActionResult Status() =>
        StatusPage(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound);

    private ViewResult StatusPage(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        return Response.StatusCode switch
        {
            404 => View("NotFound"),
            403 => View("Forbidden"),
            _ => View("StatusCode", Response.StatusCode),
        };
    }
}
