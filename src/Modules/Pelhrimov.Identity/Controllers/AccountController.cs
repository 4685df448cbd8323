using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Audit;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Models;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Controllers;

/// <summary>The signed-in person's own account: overview and password change.</summary>
public sealed class AccountController(
    UserManager<StaffUser> users,
    StaffSignInManager signIn,
    StaffAccounts accounts,
    IAuditLog audit) : AdminController
{
    [HttpGet("/admin/ucet")]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Redirect(Startup.LoginPath);
        }
        var recoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return View(new AccountOverview(user.Email ?? "", user.DisplayName, user.TwoFactorEnabled, recoveryCodesLeft));
    }

    [HttpGet("/admin/ucet/heslo")]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost("/admin/ucet/heslo")]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Redirect(Startup.LoginPath);
        }
        await ModelState.CheckPasswordAsync(accounts, input.NewPassword, nameof(ChangePasswordInput.NewPassword));
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? nameof(ChangePasswordInput.CurrentPassword)
                    : nameof(ChangePasswordInput.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }
            return View(input);
        }

        // Every session ends, copies of this cookie included; this browser gets a new session so that it stays signed in.
        await accounts.EndSessionsAsync(user, cancellationToken);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(StaffAuditActions.PasswordChanged, StaffAuditActions.EntityType, user.Id.ToString(),
            "Uživatel si změnil heslo.", cancellationToken: cancellationToken);
        Flash("Heslo bylo změněno.");
        return Redirect("/admin/ucet");
    }
}
