using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Identity.Services;

/// <summary>Builds the staff principal: name, roles, each role's <c>permission</c> claims and the display name.</summary>
/// <remarks>
/// The identity's authentication type is <c>Staff</c>, not Identity's default <c>Identity.Application</c>:
/// <see cref="SignInManager{TUser}.IsSignedIn"/> compares it with the sign-in scheme.
/// </remarks>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var generated = await base.GenerateClaimsAsync(user);
        var identity = new ClaimsIdentity(
            generated.Claims, PermissionPolicies.StaffScheme, generated.NameClaimType, generated.RoleClaimType);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(StaffClaimTypes.DisplayName, user.DisplayName));
        }
        return identity;
    }
}
