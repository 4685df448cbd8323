using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Security;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Receivables.CardPayments.Domain;
using Pelhrimov.Receivables.CardPayments.Services;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.CardPayments.Controllers;

/// <summary>The selection page: the viewer's payable receivables with checkboxes, and a message when something went wrong.</summary>
public sealed record CartPage(IReadOnlyList<ReceivableSummary> Payable, IReadOnlyCollection<string> Chosen, string? GatewayError);

/// <summary>The return page of one attempt, after asking the gateway.</summary>
public sealed record ResultPage(CardPaymentAttempt Attempt, bool GatewayUnavailable);

/// <summary>
/// <c>/muj-portal/platby/karta</c>: paying the viewer's own receivables by card, and the result of a payment. Identified
/// citizens only; another citizen's attempt is 404.
/// </summary>
[Route(CardPaymentPaths.Cart)]
[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]
public sealed class CardPaymentsController(
    CitizenReceivables receivables, CardPaymentCart cart, CardPaymentBooking booking, IPaymentGateway gateway, SiteAddress site) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        Response.Headers.CacheControl = "no-store";
        if (await ViewerAsync() is not { } accountId)
        {
            return Redirect(CitizenPaths.List);
        }
        return View(new CartPage(await cart.PayableAsync(accountId, HttpContext.RequestAborted), [], null));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Pay([FromForm(Name = CardPaymentPaths.Field)] string[]? chosen)
    {
        Response.Headers.CacheControl = "no-store";
        if (await ViewerAsync() is not { } accountId)
        {
            return Redirect(CitizenPaths.List);
        }
        var ids = chosen ?? [];
        var result = await cart.StartAsync(accountId, ids,
            reference => new Uri(site.Root, CardPaymentPaths.Result(reference).TrimStart('/')),
            new Uri(site.Root, CardPaymentPaths.Notification.TrimStart('/')),
            HttpContext.RequestAborted);
        switch (result)
        {
            case CartResult.ToGateway toGateway:
                return RedirectToGateway(toGateway.RedirectUrl);
            case CartResult.Refused refused:
                ModelState.AddModelError(CardPaymentPaths.Field, refused.Message);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("Index", new CartPage(await cart.PayableAsync(accountId, HttpContext.RequestAborted), ids, null));
            default:
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return View("Index", new CartPage(await cart.PayableAsync(accountId, HttpContext.RequestAborted), ids,
                    "Platební brána teď neodpovídá, platbu se nepodařilo zahájit a nic jsme vám nestrhli. Zkuste to prosím za chvíli znovu, nebo zaplaťte převodem."));
        }
    }

    [HttpGet("{reference}")]
    public async Task<IActionResult> Result(string reference)
    {
        Response.Headers.CacheControl = "no-store";
        if (await ViewerAsync() is not { } accountId)
        {
            return NotFound();
        }
        var attempt = await cart.FindAsync(accountId, reference, HttpContext.RequestAborted);
        if (attempt is null)
        {
            return NotFound();
        }
        (attempt, var unavailable) = await booking.OnReturnAsync(attempt, gateway, () => cart.FindAsync(accountId, reference, HttpContext.RequestAborted), HttpContext.RequestAborted);
        return View(new ResultPage(attempt, unavailable));
    }

    private async Task<Guid?> ViewerAsync() =>
        await receivables.IsIdentifiedAsync(User) ? CitizenReceivables.AccountId(User) : null;

    /// <summary>
    /// 303 to the gateway when it is on this site (the built-in simulator); to another origin through a page that moves on
    /// by itself, because browsers apply the site's CSP <c>form-action 'self'</c> to the redirects after a form post too.
    /// </summary>
    private IActionResult RedirectToGateway(Uri target)
    {
        if (target.Scheme.Equals(Request.Scheme, StringComparison.OrdinalIgnoreCase)
            && target.Authority.Equals(Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            Response.Headers.Location = target.AbsoluteUri;
            return StatusCode(StatusCodes.Status303SeeOther);
        }
        return View("ToGateway", target);
    }
}
