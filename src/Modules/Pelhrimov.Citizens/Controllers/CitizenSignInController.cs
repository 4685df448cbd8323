using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Models;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Controllers;

/// <summary>
/// <c>/prihlaseni</c>: the choice between eID and a password, the password sign-in, the start of an eID sign-in at NIA,
/// the Czech page for every refused sign-in, and the step-up page for pages with personal data. NIA's answer, consent
/// and linking are <see cref="EidConsentController"/>'s.
/// </summary>
[Route("prihlaseni")]
public sealed class CitizenSignInController(
    CitizenSignIns signIns,
    ConsentTexts consents,
    CitizenAudit audit,
    IOptions<NiaOptions> nia) : Controller
{
    public const string HomeOfSignedIn = "/muj-ucet";

    [HttpGet("")]
    public IActionResult Index(string? returnUrl)
    {
        if (CitizenSessions.AccountId(User) is not null && !IsPasswordSessionForStepUp())
        {
            return LocalRedirect(Url.LocalOrNull(returnUrl) ?? HomeOfSignedIn);
        }
        return View(new SignInPage(new PasswordSignInInput(), Url.LocalOrNull(returnUrl), nia.Value.MinimumLevel));
    }

    [HttpPost("")]
    [EnableRateLimiting(Startup.PasswordRateLimit)]
    public async Task<IActionResult> Password([Bind(Prefix = "Input")] PasswordSignInInput input, string? returnUrl)
    {
        returnUrl = Url.LocalOrNull(returnUrl);
        if (!ModelState.IsValid)
        {
            return SignInView(input, returnUrl);
        }
        var cancellationToken = HttpContext.RequestAborted;
        var account = await signIns.CheckPasswordAsync(input.Email!, input.Password!, CitizenAuditActions.SignInFailed,
            "Neúspěšné přihlášení heslem: neznámý e-mail.", "Neúspěšné přihlášení heslem: chybné heslo.", cancellationToken);
        if (account is null)
        {
            ModelState.AddModelError("Input.Password", PasswordRules.FailedSignInMessage);
            return SignInView(input, returnUrl);
        }
        if (!account.EmailConfirmed)
        {
            ModelState.AddModelError("Input.Email", "Nejdřív potvrďte svou e-mailovou adresu odkazem, který jsme vám poslali při registraci.");
            return SignInView(input, returnUrl);
        }

        if (!await consents.HasCurrentAsync(account.Id, cancellationToken))
        {
            // The consent text changed since the last sign-in: ask first, sign in after.
            var pending = new ClaimsIdentity([new Claim(CitizenSignIns.PendingAccountClaim, account.Id.ToString())], NiaAuthentication.ExternalScheme);
            await HttpContext.SignInAsync(NiaAuthentication.ExternalScheme, new ClaimsPrincipal(pending));
            return RedirectToAction(nameof(EidConsentController.Complete), EidConsentController.Name, new { returnUrl });
        }
        await signIns.StartSessionAsync(HttpContext, account, CitizenAuthentication.PasswordMethod, null, newAccount: false);
        return LocalRedirect(returnUrl ?? HomeOfSignedIn);
    }

    /// <summary>Starts an eID sign-in at NIA; it comes back through the handler's callback to <see cref="Complete"/>.</summary>
    [HttpGet("eid")]
    public async Task<IActionResult> Eid(string? returnUrl, [FromServices] IOptionsMonitor<OpenIdConnectOptions> oidc, [FromServices] NiaSettings settings)
    {
        if (!settings.IsUsable)
        {
            return RedirectToAction(nameof(Failure), new { code = NiaFailure.NotConfigured.Code() });
        }
        try
        {
            // Reached here, an unreachable NIA is a Czech page instead of an exception inside the challenge.
            await oidc.Get(NiaAuthentication.Scheme).ConfigurationManager!.GetConfigurationAsync(HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException)
        {
            await audit.EidSignInFailedAsync(NiaFailure.Unavailable, e.Message.Length > 200 ? e.Message[..200] : e.Message, HttpContext.RequestAborted);
            return RedirectToAction(nameof(Failure), new { code = NiaFailure.Unavailable.Code() });
        }
        var completion = Url.Action(nameof(EidConsentController.Complete), EidConsentController.Name, new { returnUrl = Url.LocalOrNull(returnUrl) })!;
        return Challenge(new AuthenticationProperties { RedirectUri = completion }, NiaAuthentication.Scheme);
    }

    [HttpGet("chyba/{code}")]
    public IActionResult Failure(string code)
    {
        var failure = NiaFailures.FromCode(code) ?? NiaFailure.Other;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return View("Failure", failure);
    }

    /// <summary>Where a page with personal data sends a session that is not an eID one at the required level.</summary>
    [HttpGet("overeni")]
    public IActionResult StepUp(string? returnUrl) => View("StepUp", new SignInPage(new PasswordSignInInput(), Url.LocalOrNull(returnUrl), nia.Value.MinimumLevel));

    private ViewResult SignInView(PasswordSignInInput input, string? returnUrl) =>
        View("Index", new SignInPage(new PasswordSignInInput { Email = input.Email }, returnUrl, nia.Value.MinimumLevel));

    /// <summary>A password session may come here to sign in with eID on top of it.</summary>
    private bool IsPasswordSessionForStepUp() => CitizenSessions.Method(User) == CitizenAuthentication.PasswordMethod;
}
