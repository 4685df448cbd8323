using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Receivables.CardPayments.Domain;
using Pelhrimov.Receivables.CardPayments.Services;
using Pelhrimov.Receivables.Controllers;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.CardPayments.Controllers;

/// <summary>The form of "Zaplatit kartou" on <c>/zaplatit</c>: the symbol and the code again, and the receivable they opened.</summary>
public sealed class PayWithCodeCardInput
{
    public string? VariableSymbol { get; set; }

    public string? Code { get; set; }

    [FromForm(Name = CardPaymentPaths.ReceivableField)]
    public string? ReceivableId { get; set; }
}

/// <summary>The result page of a card payment started with a code: only the amount, the symbol, the result and the receipt.</summary>
public sealed record PayWithCodeCardResult(CardPaymentAttempt Attempt, string? VariableSymbol, bool GatewayUnavailable);

/// <summary>
/// <c>/zaplatit/kartou</c>: a card payment of one receivable for someone who is not signed in (ADR 0035). The POST checks
/// the variable symbol and the payment code again, under the same limits as <c>/zaplatit</c>, and pays what is left of
/// the receivable they open; the posted receivable id must be that one. The result page's address carries the attempt's
/// random reference, the only key to it.
/// </summary>
[Route(CardPaymentPaths.WithCode)]
public sealed class PayWithCodeCardController(
    PayWithCodeLookup lookup, PayWithCodeThrottle throttle, CardPaymentCart cart, CardPaymentBooking booking, IPaymentGateway gateway,
    ReceivablesDbContext receivablesDb, SiteAddress site) : Controller
{
    /// <summary>The posted receivable is not the one the symbol and the code open: a tampered or stale form.</summary>
    public const string OtherReceivable = "Formulář se neshoduje s variabilním symbolem a platebním kódem. Zadejte je prosím znovu a platbu spusťte odtud.";

    /// <summary>A reload or a bookmark of the form's address: the form lives on <c>/zaplatit</c>.</summary>
    [HttpGet("")]
    public IActionResult Index() => Redirect(PayWithCodeController.Path);

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Pay([Bind(Prefix = "")] PayWithCodeCardInput input)
    {
        PrivatePage();
        ModelState.Clear();
        if (throttle.Attempt(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown") is { } wait)
        {
            return TooManyAttempts(wait);
        }
        var variableSymbol = new string((input.VariableSymbol ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (variableSymbol.Length == 0 || variableSymbol.Length > 10 || !variableSymbol.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(input.VariableSymbol), "Variabilní symbol tvoří jen číslice, nejvýše deset; opište ho z dopisu nebo e-mailu.");
        }
        var code = PaymentCode.Normalize(input.Code);
        if (code is null)
        {
            ModelState.AddModelError(nameof(input.Code), "Platební kód má osm znaků, například ABCD-EFGH (bez číslic 0 a 1 a písmen I, L a O).");
        }
        if (!ModelState.IsValid)
        {
            return Form(input);
        }
        if (throttle.Blocked(variableSymbol) is { } symbolWait)
        {
            return TooManyAttempts(symbolWait);
        }
        var receivable = await lookup.FindAsync(variableSymbol, code!, HttpContext.RequestAborted);
        if (receivable is null)
        {
            throttle.Failed(variableSymbol);
            ModelState.AddModelError(nameof(input.Code), PayWithCodeController.WrongCombination);
            return Form(input);
        }
        if (!string.Equals(receivable.Id, input.ReceivableId, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(input.Code), OtherReceivable);
            return Form(input);
        }
        var result = await cart.StartWithCodeAsync(receivable,
            reference => new Uri(site.Root, CardPaymentPaths.WithCodeResult(reference).TrimStart('/')),
            new Uri(site.Root, CardPaymentPaths.Notification.TrimStart('/')),
            HttpContext.RequestAborted);
        switch (result)
        {
            case CartResult.ToGateway toGateway:
                return RedirectToGateway(toGateway.RedirectUrl);
            case CartResult.Refused refused:
                ModelState.AddModelError(nameof(input.Code), refused.Message);
                return Form(input);
            default:
                ModelState.AddModelError("", "Platební brána teď neodpovídá, platbu se nepodařilo zahájit a nic jsme vám nestrhli. Zkuste to prosím za chvíli znovu, nebo zaplaťte převodem podle dopisu.");
                return Form(input, StatusCodes.Status503ServiceUnavailable);
        }
    }

    [HttpGet("{reference}")]
    public async Task<IActionResult> Result(string reference)
    {
        PrivatePage();
        var attempt = await cart.FindWithoutAccountAsync(reference, HttpContext.RequestAborted);
        if (attempt is null)
        {
            return NotFound();
        }
        (attempt, var unavailable) = await booking.OnReturnAsync(attempt, gateway, () => cart.FindWithoutAccountAsync(reference, HttpContext.RequestAborted), HttpContext.RequestAborted);
        var receivableId = attempt.Items.Select(i => i.ReceivableId).FirstOrDefault();
        var variableSymbol = await receivablesDb.Receivables.AsNoTracking().Where(r => r.ExternalId == receivableId)
            .Select(r => r.VariableSymbol).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return View(new PayWithCodeCardResult(attempt, variableSymbol, unavailable));
    }

    private ViewResult Form(PayWithCodeCardInput input, int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        return View("Form", input);
    }

    private IActionResult TooManyAttempts(TimeSpan wait)
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return View("~/Views/PayWithCode/TooManyAttempts.cshtml", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
    }

    /// <summary>The form carries the code and the result belongs to one payment: neither is cached, indexed or sent on as a referrer.</summary>
    private void PrivatePage()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    /// <summary>303 to the gateway on this site (the simulator); to another origin through a page that moves on by itself (CSP <c>form-action 'self'</c>).</summary>
    private IActionResult RedirectToGateway(Uri target)
    {
        if (target.Scheme.Equals(Request.Scheme, StringComparison.OrdinalIgnoreCase)
            && target.Authority.Equals(Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            Response.Headers.Location = target.AbsoluteUri;
            return StatusCode(StatusCodes.Status303SeeOther);
        }
        return View("~/Views/CardPayments/ToGateway.cshtml", target);
    }
}
