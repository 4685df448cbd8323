using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Core.Controllers;

/// <summary>Czech error pages: 404 and friends through status-code re-execution, 500 through the exception handler.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/chyba")]
    public IActionResult ServerError()
    {
        var error = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (error is not null)
        {
            logger.LogError(error.Error, "Unhandled error on {Path}", error.Path);
        }
        Response.StatusCode = 500;
        ViewData["TraceId"] = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        return View("ServerError");
    }

    [Route("/chyba/{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return code switch
        {
            404 => View("NotFound"),
            403 => View("Forbidden"),
            _ => View("StatusCode", code),
        };
    }
}
