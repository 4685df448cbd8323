using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Citizens.Models;
using Pelhrimov.Citizens.Services;

namespace Pelhrimov.Citizens.Controllers;

/// <summary>
/// <c>/registrace/znovu</c>: "Poslat potvrzovací e-mail znovu" for a registration whose link was lost or expired. The
/// answer is the same whether or not the address is registered (or already confirmed).
/// </summary>
[Route("registrace/znovu")]
public sealed class ConfirmationResendController(ConfirmationMail confirmation) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new ResendConfirmationInput());

    [HttpPost("")]
    [EnableRateLimiting(Startup.PasswordRateLimit)]
    public async Task<IActionResult> Resend([Bind(Prefix = "")] ResendConfirmationInput input)
    {
        if (!ModelState.IsValid)
        {
            return View("Index", input);
        }
        // The outbox records what was sent; the answer must not depend on it.
        await confirmation.ResendAsync(input.Email!, HttpContext.RequestAborted);
        return RedirectToAction(nameof(Sent));
    }

    [HttpGet("odeslano")]
    public IActionResult Sent() => View();
}
