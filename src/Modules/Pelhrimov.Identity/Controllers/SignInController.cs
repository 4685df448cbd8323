using Pelhrimov.Core.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Models;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Controllers;

/// <summary>Staff sign-in with e-mail and password, sign-out, and the access-denied page.</summary>
public sealed class SignInController(
    StaffSignInManager signIn,
    UserManager<StaffUser> users,
    PasswordCheck<StaffUser> passwords,
    SignInEvents events) : AdminController
{
    public const string AdminHome = "/admin";

    [AllowAnonymous]
    [HttpGet("/admin/prihlaseni")]
    public IActionResult Index(string? returnUrl)
    {
        NoStore();
        return View(new SignInInput { ReturnUrl = Url.LocalOrNull(returnUrl) });
    }

    [AllowAnonymous]
    [HttpPost("/admin/prihlaseni")]
    [EnableRateLimiting(Startup.SignInRateLimit)]
    public async Task<IActionResult> Index(SignInInput input, CancellationToken cancellationToken)
    {
        NoStore();
        input.ReturnUrl = Url.LocalOrNull(input.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        // Unknown e-mail, wrong password and a throttled attempt cost the same and get the same answer (ADR 0012).
        var email = input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        var verdict = await passwords.CheckAsync("staff:" + email, user, input.Password);
        if (verdict != PasswordVerdict.Passed)
        {
            await events.FailedAsync(email, user, verdict, cancellationToken);
            ModelState.AddModelError(nameof(SignInInput.Email), PasswordRules.FailedSignInMessage);
            return View(input);
        }
        // The password was right, so saying that the account is blocked tells nothing to someone who does not own it.
        if (await users.IsLockedOutAsync(user!))
        {
            await events.LockedOutAsync(user!, cancellationToken);
            ModelState.AddModelError(nameof(SignInInput.Email), LockedOutMessage(user!));
            return View(input);
        }

        var result = await signIn.SignInWithCheckedPasswordAsync(user!);
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactorSignInController.Index), "TwoFactorSignIn", new { returnUrl = input.ReturnUrl });
        }
        await events.SucceededAsync(user!, "heslo", cancellationToken);
        return LocalRedirect(input.ReturnUrl ?? AdminHome);
    }

    [HttpPost("/admin/odhlaseni")]
    public async Task<IActionResult> SignOutPost(CancellationToken cancellationToken)
    {
        var email = User.Identity?.Name;
        await signIn.SignOutAsync();
        await events.SignedOutAsync(email, cancellationToken);
        Flash("Byli jste odhlášeni.");
        return Redirect(Startup.LoginPath);
    }

    [AllowAnonymous]
    [HttpGet("/admin/pristup-odepren")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>Why a locked account is refused: blocked by an administrator, or for a while after wrong two-step codes.</summary>
    internal static string LockedOutMessage(StaffUser user) =>
        user.LockoutEnd?.Year == 9999
            ? "Účet je zablokovaný. Obraťte se na správce webu."
            : "Účet je po opakovaných chybných pokusech na 15 minut zablokovaný. Zkuste to prosím později.";

    private void NoStore() => Response.SetNeverCached();
}
