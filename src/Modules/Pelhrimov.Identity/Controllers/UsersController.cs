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
        await ModelState.CheckPasswordAsync(accounts, input.Password, nameof(CreateUserInput.Password));
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var (result, user) = await accounts.CreateAsync(input.Email, input.DisplayName, input.Role, input.Password, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(CreateUserInput.Email), nameof(CreateUserInput.Password));
            return View(input);
        }
        Flash($"Účet {user.Email} byl vytvořen. Předejte heslo jeho držiteli bezpečnou cestou.");
        return Redirect($"/admin/uzivatele/{user.Id}");
    }

    private async Task<IReadOnlyList<string>> RoleNamesAsync() =>
        await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync();
}
