using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Identity.Services;

/// <summary>ASP.NET Core Identity's sign-in, pointed at the <c>Staff</c> cookie instead of <c>Identity.Application</c>.</summary>
/// <remarks>The name is the framework's (<see cref="SignInManager{TUser}"/>); only the scheme and sign-out differ.</remarks>
public sealed class StaffSignInManager : SignInManager<StaffUser>
{
    public StaffSignInManager(
        UserManager<StaffUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<StaffUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<StaffUser> confirmation)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
        AuthenticationScheme = PermissionPolicies.StaffScheme;
    }

    /// <summary>Ends the staff session and any half-finished two-factor sign-in; there is no external-login scheme to clear.</summary>
    public override async Task SignOutAsync()
    {
        await Context.SignOutAsync(AuthenticationScheme);
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
    }
}
