using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Models;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Controllers;

/// <summary>One staff account: its page, its roles, and blocking or unblocking its sign-in.</summary>
[AuthorizePermission(Permissions.ManageUsersName)]
public sealed class UserAccessController(
    UserManager<StaffUser> users,
    StaffAccounts accounts,
    StaffUserDetails details) : AdminController
{
    /// <summary>The account page; other controllers show it again with the errors of the form they handle.</summary>
    public const string DetailView = "~/Areas/Admin/Views/UserAccess/Index.cshtml";

    [HttpGet("/admin/uzivatele/{id:guid}")]
    public async Task<IActionResult> Index(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        return View(await details.ForAsync(user, User));
    }

    [HttpPost("/admin/uzivatele/{id:guid}/role")]
    public async Task<IActionResult> Roles(Guid id, [FromForm(Name = "Roles")] List<string>? selected, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        selected = (selected ?? []).Distinct(StringComparer.Ordinal).ToList();
        var detail = await details.ForAsync(user, User, selected);
        if (selected.Any(r => !detail.AllRoles.Contains(r)))
        {
            ModelState.AddModelError(nameof(UserDetailModel.Roles), "Vyberte jen z nabízených rolí.");
        }
        else if (detail.IsCurrentUser && !selected.Contains(StaffRoles.Administrator) && User.IsInRole(StaffRoles.Administrator))
        {
            ModelState.AddModelError(nameof(UserDetailModel.Roles), "Roli Administrátor si sami odebrat nemůžete. Požádejte jiného administrátora.");
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), detail);
        }

        var result = await accounts.SetRolesAsync(user, selected, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(UserDetailModel.Roles), string.Join(" ", result.Errors.Select(e => e.Description)));
            return View(nameof(Index), detail);
        }
        Flash($"Role účtu {user.Email} byly uloženy.");
        return Redirect($"/admin/uzivatele/{user.Id}");
    }

    [HttpPost("/admin/uzivatele/{id:guid}/zablokovat")]
    public async Task<IActionResult> Lock(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        if (user.Id.ToString() == users.GetUserId(User))
        {
            Flash("Vlastní účet zablokovat nemůžete.");
            return Redirect($"/admin/uzivatele/{user.Id}");
        }
        var result = await accounts.LockAsync(user, cancellationToken);
        Flash(result.Succeeded ? $"Účet {user.Email} je zablokovaný; přihlásit se nemůže." : Describe(result));
        return Redirect($"/admin/uzivatele/{user.Id}");
    }

    [HttpPost("/admin/uzivatele/{id:guid}/odblokovat")]
    public async Task<IActionResult> Unlock(Guid id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return NotFound();
        }
        var result = await accounts.UnlockAsync(user, cancellationToken);
        Flash(result.Succeeded ? $"Účet {user.Email} je odblokovaný." : Describe(result));
        return Redirect($"/admin/uzivatele/{user.Id}");
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
