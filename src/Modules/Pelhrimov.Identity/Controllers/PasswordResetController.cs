using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Models;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Controllers;

/// <summary>"Zapomenuté heslo": ask for a link by e-mail, then set a new password with it.</summary>
[AllowAnonymous]
public sealed class PasswordResetController(
    UserManager<StaffUser> users,
    StaffAccounts accounts,
    PasswordResetQueue queue,
    IAuditLog audit,
    SiteAddress site,
    TimeProvider clock) : AdminController
{
    public const string RequestPath = "/admin/zapomenute-heslo";

    [HttpGet(RequestPath)]
    public IActionResult Index()
    {
        NoStore();
        return View(new ForgotPasswordInput());
    }

    [HttpPost(RequestPath)]
    [EnableRateLimiting(Startup.SignInRateLimit)]
    public IActionResult Index(ForgotPasswordInput input)
    {
        NoStore();
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        // The same answer, as fast, whether or not the address has an account: the work happens after it.
        queue.Enqueue(input.Email, site.Root);
        return Redirect(RequestPath + "/odeslano");
    }

    [HttpGet(RequestPath + "/odeslano")]
    public IActionResult Sent()
    {
        NoStore();
        return View();
    }

    [HttpGet("/" + PasswordResetRequests.ResetPath)]
    public async Task<IActionResult> Reset(Guid uzivatel, string? token)
    {
        NoStore();
        var user = await ValidUserAsync(uzivatel, token);
        return user is null
            ? InvalidLink()
            : View(new ResetPasswordInput { UserId = uzivatel, Token = token! });
    }

    [HttpPost("/" + PasswordResetRequests.ResetPath)]
    public async Task<IActionResult> Reset(ResetPasswordInput input, CancellationToken cancellationToken)
    {
        NoStore();
        var user = await ValidUserAsync(input.UserId, input.Token);
        if (user is null)
        {
            return InvalidLink();
        }
        await ModelState.CheckPasswordAsync(accounts, input.NewPassword, nameof(ResetPasswordInput.NewPassword));
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var result = await users.ResetPasswordAsync(user, input.Token, input.NewPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return InvalidLink();
        }
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, "", nameof(ResetPasswordInput.NewPassword));
            return View(input);
        }
        await accounts.EndSessionsAsync(user, cancellationToken);
        // Wrong passwords typed before the reset no longer keep the account locked.
        await users.ResetAccessFailedCountAsync(user);
        if (StaffAccounts.IsLocked(user, clock.GetUtcNow()))
        {
            await users.SetLockoutEndDateAsync(user, null);
        }
        await audit.RecordAsync(StaffAuditActions.PasswordReset, StaffAuditActions.EntityType, user.Id.ToString(),
            $"Uživatel {user.Email} si nastavil nové heslo odkazem z e-mailu.", actor: user.Email, cancellationToken: cancellationToken);
        Flash("Nové heslo je nastavené. Přihlaste se jím.");
        return Redirect(Startup.LoginPath);
    }

    /// <summary>The account the link is for, when the link is still good: token valid and the account not blocked.</summary>
    private async Task<StaffUser?> ValidUserAsync(Guid userId, string? token)
    {
        if (userId == Guid.Empty || string.IsNullOrEmpty(token) || await users.FindByIdAsync(userId.ToString()) is not { } user
            || StaffAccounts.IsBlocked(user))
        {
            return null;
        }
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<StaffUser>.ResetPasswordTokenPurpose, token);
        return valid ? user : null;
    }

    private ViewResult InvalidLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("InvalidLink");
    }

    private void NoStore() => Response.SetNeverCached();
}
