using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Payments;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.Controllers;

/// <summary>The form of <c>/zaplatit</c>: the variable symbol and the payment code as typed.</summary>
public sealed class PayWithCodeInput
{
    public string? VariableSymbol { get; set; }

    public string? Code { get; set; }
}

/// <summary>What <c>/zaplatit</c> answers to the right combination: only what is needed to pay, or that nothing is owed.</summary>
public sealed record PayWithCodeResult(string Kind, string Period, ReceivableStatus Status, decimal Outstanding, DateOnly DueDate, HowToPay? HowToPay);

/// <summary>
/// <c>/zaplatit</c>: paying a receivable from a letter without signing in. The variable symbol and the payment code
/// show the amount, due date and payment details, and nothing about the person. GET only fills the form (also from a
/// link <c>/zaplatit?vs=…&amp;kod=…</c>); the answer is the POST's own response, so the code never sits in a URL after
/// it. Limited per client address and per variable symbol (<see cref="PayWithCodeThrottle"/>). ADR 0033.
/// </summary>
[Route(Path)]
public sealed class PayWithCodeController(PayWithCodeLookup lookup, PayWithCodeThrottle throttle, TimeProvider clock) : Controller
{
    public const string Path = "/zaplatit";

    /// <summary>The one answer to a wrong variable symbol, a wrong code or both: it must not tell which.</summary>
    public const string WrongCombination = "Variabilní symbol a platební kód k sobě nepatří. Zkontrolujte oba údaje v dopisu nebo e-mailu a zadejte je znovu.";

    [HttpGet("")]
    public IActionResult Index([FromQuery(Name = "vs")] string? variableSymbol, [FromQuery(Name = "kod")] string? code)
    {
        PrivatePage();
        return View(new PayWithCodeInput { VariableSymbol = Clip(variableSymbol), Code = Clip(code) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Pay([Bind(Prefix = "")] PayWithCodeInput input)
    {
        PrivatePage();
        ModelState.Clear();
        if (throttle.Attempt(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown") is { } wait)
        {
            return TooManyAttempts(wait);
        }
        var variableSymbol = new string((input.VariableSymbol ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (variableSymbol.Length == 0)
        {
            ModelState.AddModelError(nameof(input.VariableSymbol), "Zadejte variabilní symbol z dopisu nebo e-mailu.");
        }
        else if (variableSymbol.Length > 10 || !variableSymbol.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(input.VariableSymbol), "Variabilní symbol tvoří jen číslice, nejvýše deset.");
        }
        var code = PaymentCode.Normalize(input.Code);
        if (string.IsNullOrWhiteSpace(input.Code))
        {
            ModelState.AddModelError(nameof(input.Code), "Zadejte platební kód z dopisu nebo e-mailu.");
        }
        else if (code is null)
        {
            ModelState.AddModelError(nameof(input.Code), "Platební kód má osm znaků, například ABCD-EFGH (bez číslic 0 a 1 a písmen I, L a O).");
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), input);
        }
        if (throttle.Blocked(variableSymbol) is { } symbolWait)
        {
            return TooManyAttempts(symbolWait);
        }
        var receivable = await lookup.FindAsync(variableSymbol, code!, HttpContext.RequestAborted);
        if (receivable is null)
        {
            throttle.Failed(variableSymbol);
            ModelState.AddModelError("", WrongCombination);
            return View(nameof(Index), input);
        }
        var status = receivable.StatusOn(CzechFormat.Today(clock));
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return View("Result", new PayWithCodeResult(receivable.Kind, receivable.Period, status, receivable.Outstanding, receivable.DueDate,
            status.IsOutstanding() ? HowToPay.For(receivable, anonymous: true, code) : null));
    }

    private IActionResult TooManyAttempts(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return View("TooManyAttempts", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
    }

    /// <summary>The form may be filled with a code, the result shows payment details: neither is stored by caches or indexed.</summary>
    private void PrivatePage()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static string? Clip(string? value) => value is null ? null : value.Length > 32 ? value[..32] : value;
}
