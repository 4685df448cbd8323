using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Models;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Controllers;

/// <summary>What an administrator changes on a staff account itself: its name and sign-in e-mail, and a new password.</summary>
[AuthorizePermission(Permissions.ManageUsersName)]
public sealed class UserProfileController(
    UserManager<StaffUser> users,
    StaffSignInManager signIn,
    StaffAccounts accounts,
    StaffUserDetails details) : AdminController
{
    private const string EmailField = nameof(UserDetailModel.Profile) + "." + nameof(StaffProfileInput.Email);
    private const string NewPasswordField = nameof(UserDetailModel.PasswordReset) + "." + nameof(NewPasswordInput.NewPassword);

    [HttpPost("/admin/uzivatele/{id:guid}/udaje")]
    public async Task<IActionResult> Profile(
        Guid id, [Bind(Prefix = nameof(UserDetailModel.Profile))] StaffProfileInput input, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await accounts.UpdateProfileAsync(user, input.DisplayName, input.Email, cancellationToken);
            if (result.Succeeded)
            {
                if (IsSignedInAs(user))
                {
                    // The header and the audit log name the signed-in person from the cookie; give it the new name now.
                    await signIn.RefreshSignInAsync(user);
                }
                Flash($"Údaje účtu {user.Email} byly uloženy.");
                return Redirect($"/admin/uzivatele/{user.Id}");
            }
            ModelState.AddIdentityErrors(result, EmailField);
        }

        var detail = await details.ForAsync(user, User);
        detail.Profile = input;
        return View(UserAccessController.DetailView, detail);
    }

    [HttpPost("/admin/uzivatele/{id:guid}/heslo")]
    public async Task<IActionResult> Password(
        Guid id, [Bind(Prefix = nameof(UserDetailModel.PasswordReset))] NewPasswordInput input, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        if (IsSignedInAs(user))
        {
            // One's own password is changed with the current one, so that an unattended session cannot take the account over.
            Flash("Své heslo změníte zde, se zadáním současného hesla.");
            return Redirect("/admin/ucet/heslo");
        }

        await ModelState.CheckPasswordAsync(accounts, input.NewPassword, NewPasswordField);
        if (ModelState.IsValid)
        {
            var result = await accounts.ResetPasswordAsync(user, input.NewPassword, cancellationToken);
            if (result.Succeeded)
            {
                Flash($"Účet {user.Email} má nové heslo. Předejte ho jeho držiteli bezpečnou cestou; jeho otevřená přihlášení skončí do minuty.");
                return Redirect($"/admin/uzivatele/{user.Id}");
            }
            ModelState.AddIdentityErrors(result, EmailField, NewPasswordField);
        }
        return View(UserAccessController.DetailView, await details.ForAsync(user, User));
    }

    private bool IsSignedInAs(StaffUser user) => user.Id.ToString() == users.GetUserId(User);
}
