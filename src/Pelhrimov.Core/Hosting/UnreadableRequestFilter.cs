using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Answers 400 when MVC could not read the request's values at all (a GET with a broken multipart body, say). MVC then
/// records the reason in the model state and skips model binding entirely: every action parameter, <c>[FromServices]</c>
/// ones included, is left null, and an action using a service parameter failed with a NullReferenceException (500).
/// </summary>
/// <remarks>A service parameter is always bound when binding runs, so its absence is the sign that binding was skipped.</remarks>
public sealed class UnreadableRequestFilter : IActionFilter, IOrderedFilter
{
    // After [ApiController]'s automatic 400 (-2000), which answers API clients with problem details; before the rest.
    public int Order => -1000;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        var bindingSkipped = context.ActionDescriptor.Parameters.Any(p =>
            p.BindingInfo?.BindingSource == BindingSource.Services && !context.ActionArguments.ContainsKey(p.Name));
        if (bindingSkipped && !context.ModelState.IsValid)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
