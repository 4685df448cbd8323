using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Identity.Domain;
using Pelhrimov.Identity.Models;

namespace Pelhrimov.Identity.Services;

/// <summary>Builds the page of one staff account as the administrator looking at it sees it: details, roles and forms.</summary>
public sealed class StaffUserDetails(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
{
    /// <param name="selectedRoles">The roles ticked in the form as posted; the stored ones when null.</param>
    public async Task<UserDetailModel> ForAsync(StaffUser user, ClaimsPrincipal viewer, IEnumerable<string>? selectedRoles = null) => new()
    {
        Id = user.Id,
        Email = user.Email ?? "",
        DisplayName = user.DisplayName,
        IsLocked = StaffAccounts.IsLocked(user, clock.GetUtcNow()),
        LockoutEnd = user.LockoutEnd,
        TwoFactorEnabled = user.TwoFactorEnabled,
        CreatedUtc = user.CreatedUtc,
        LastSignInUtc = user.LastSignInUtc,
        AllRoles = await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(),
        IsCurrentUser = user.Id.ToString() == users.GetUserId(viewer),
        Roles = [.. selectedRoles ?? await users.GetRolesAsync(user)],
        Profile = new StaffProfileInput { DisplayName = user.DisplayName, Email = user.Email ?? "" },
    };
}
