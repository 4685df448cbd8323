using Pelhrimov.Core.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Models;
using Pelhrimov.Identity.Services;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Pelhrimov.Identity.Controllers;

/// <summary>The second step of staff sign-in: a code from the authenticator app, or one of the recovery codes.</summary>
/// <remarks>Reachable only between a correct password and the code; otherwise it sends the visitor back to sign in.</remarks>
[AllowAnonymous]
public sealed class TwoFactorSignInController(StaffSignInManager signIn, SignInEvents events) : AdminController
{
    [HttpGet("/admin/prihlaseni/overeni")]
    public Task<IActionResult> Index(string? returnUrl) => ShowAsync(new TwoFactorInput { ReturnUrl = returnUrl });

    [HttpPost("/admin/prihlaseni/overeni")]
    [EnableRateLimiting(Startup.SignInRateLimit)]
    public Task<IActionResult> Index(TwoFactorInput input, CancellationToken cancellationToken) =>
        VerifyAsync(input, nameof(TwoFactorInput.Code), "kód z aplikace",
            "Kód není správný nebo už vypršel. Zadejte aktuální kód z aplikace.",
            () => signIn.TwoFactorAuthenticatorSignInAsync(WithoutSpaces(input.Code), isPersistent: false, input.RememberMachine),
            cancellationToken);

    [HttpGet("/admin/prihlaseni/zalozni-kod")]
    public Task<IActionResult> RecoveryCode(string? returnUrl) => ShowAsync(new RecoveryCodeInput { ReturnUrl = returnUrl });

    [HttpPost("/admin/prihlaseni/zalozni-kod")]
    [EnableRateLimiting(Startup.SignInRateLimit)]
    public Task<IActionResult> RecoveryCode(RecoveryCodeInput input, CancellationToken cancellationToken) =>
        VerifyAsync(input, nameof(RecoveryCodeInput.RecoveryCode), "záložní kód",
            "Záložní kód není správný nebo už byl použit.",
            () => signIn.TwoFactorRecoveryCodeSignInAsync(WithoutSpaces(input.RecoveryCode)),
            cancellationToken);

    private async Task<IActionResult> ShowAsync(TwoFactorStep model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect(Startup.LoginPath);
        }
        model.ReturnUrl = Url.LocalOrNull(model.ReturnUrl);
        Response.SetNeverCached();
        return View(model);
    }

    private async Task<IActionResult> VerifyAsync(
        TwoFactorStep input, string field, string how, string wrongCode, Func<Task<SignInResult>> attempt, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect(Startup.LoginPath);
        }
        input.ReturnUrl = Url.LocalOrNull(input.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await attempt();
        if (result.Succeeded)
        {
            await events.SucceededAsync(user, "heslo a " + how, cancellationToken);
            if (input is RecoveryCodeInput)
            {
                await events.RecoveryCodeUsedAsync(user, cancellationToken);
            }
            return LocalRedirect(input.ReturnUrl ?? SignInController.AdminHome);
        }
        if (result.IsLockedOut)
        {
            await events.LockedOutAsync(user, cancellationToken);
            ModelState.AddModelError(field, "Účet je po opakovaných chybných pokusech na 15 minut zablokovaný.");
            return View(input);
        }
        await events.TwoFactorFailedAsync(user, how, cancellationToken);
        ModelState.AddModelError(field, wrongCode);
        return View(input);
    }

    private static string WithoutSpaces(string code) => code.Replace(" ", "", StringComparison.Ordinal).Trim();
}
