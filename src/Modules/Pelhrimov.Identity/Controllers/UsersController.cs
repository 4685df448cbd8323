using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Admin;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Models;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Controllers;

/// <summary>The staff list with search and paging, and creating a staff account.</summary>
[AuthorizePermission(Permissions.ManageUsersName)]
public sealed class UsersController(
    StaffUserSearch search,
    StaffAccounts accounts,
    RoleManager<IdentityRole<Guid>> roles) : AdminController
{
    [HttpGet("/admin/uzivatele")]
    public async Task<IActionResult> Index(string? q, int strana = 1, CancellationToken cancellationToken = default)
    {
        var page = await search.SearchAsync(q, strana, cancellationToken);
        return View(new UserListModel(q?.Trim(), page));
    }

    [HttpGet("/admin/uzivatele/novy")]
    public async Task<IActionResult> Create()
    {
        ViewData["Roles"] = await RoleNamesAsync();
        return View(new CreateUserInput { Role = StaffRoles.Editor });
    }

    [HttpPost("/admin/uzivatele/novy")]
    public async Task<IActionResult> Create(CreateUserInput input, CancellationToken cancellationToken)
    {
        var roleNames = await RoleNamesAsync();
        ViewData["Roles"] = roleNames;
        if (!string.IsNullOrEmpty(input.Role) && !roleNames.Contains(input.Role))
        {
            ModelState.AddModelError(nameof(CreateUserInput.Role), "Vyberte jednu z nabízených rolí.");
        }
        if (!string.IsNullOrEmpty(input.Password))
        {
            foreach (var error in await accounts.CheckPasswordAsync(input.Password))
            {
                ModelState.AddModelError(nameof(CreateUserInput.Password), error.Description);
            }
        }
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var (result, user) = await accounts.CreateAsync(input.Email, input.DisplayName, input.Role, input.Password, cancellationToken);
        if (!result.Succeeded)
        {
            // The user name is the e-mail: a duplicate e-mail is reported once, not also as a duplicate user name.
            var errors = result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName));
            foreach (var (field, message) in errors.Select(e => (FieldOf(e), e.Description)).Distinct())
            {
                ModelState.AddModelError(field, message);
            }
            return View(input);
        }
        Flash($"Účet {user.Email} byl vytvořen. Předejte heslo jeho držiteli bezpečnou cestou.");
        return Redirect($"/admin/uzivatele/{user.Id}");
    }

    private async Task<IReadOnlyList<string>> RoleNamesAsync() =>
        await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync();

    /// <summary>Which form field an Identity error belongs to; the error summary links to it.</summary>
    private static string FieldOf(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(CreateUserInput.Password),
        nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)
            or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(CreateUserInput.Email),
        _ => "",
    };
}
