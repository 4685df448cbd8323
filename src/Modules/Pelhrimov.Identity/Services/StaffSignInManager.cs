using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Data;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Identity.Services;

/// <summary>ASP.NET Core Identity's sign-in, pointed at the <c>Staff</c> cookie instead of <c>Identity.Application</c>,
/// with a server-side record behind every session (ADR 0013).</summary>
/// <remarks>The name is the framework's (<see cref="SignInManager{TUser}"/>); the scheme, the session record and sign-out differ.</remarks>
public sealed class StaffSignInManager : SignInManager<StaffUser>
{
    /// <summary>A staff session ends this long after sign-in however busy it is (its record is no longer accepted).</summary>
    public static readonly TimeSpan SessionMaxAge = TimeSpan.FromHours(12);

    private readonly ServerSessions<IdentityDataContext> sessions;

    public StaffSignInManager(
        UserManager<StaffUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<StaffUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<StaffUser> confirmation,
        ServerSessions<IdentityDataContext> sessions)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
        AuthenticationScheme = PermissionPolicies.StaffScheme;
        this.sessions = sessions;
    }

    /// <summary>Signs in (or moves to the two-step code) someone whose password <see cref="PasswordCheck{TUser}"/> has just
    /// accepted, without checking it a second time.</summary>
    public Task<SignInResult> SignInWithCheckedPasswordAsync(StaffUser user) => SignInOrTwoFactorAsync(user, isPersistent: false);

    /// <summary>Every staff session (password, two-step code, a refresh after a password change) gets a new record; the
    /// record this browser held before is ended, so a refreshed cookie does not leave the old one valid.</summary>
    public override async Task SignInWithClaimsAsync(StaffUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        await sessions.EndAsync(user.Id, Context.User);
        var session = await sessions.StartAsync(user.Id, SessionMaxAge, Context.RequestAborted);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims.Append(session));
    }

    /// <summary>Ends the staff session on the server and in the browser, and any half-finished two-factor sign-in; there
    /// is no external-login scheme to clear.</summary>
    public override async Task SignOutAsync()
    {
        if (StaffId(Context.User) is { } id)
        {
            await sessions.EndAsync(id, Context.User);
        }
        await Context.SignOutAsync(AuthenticationScheme);
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
    }

    internal static Guid? StaffId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
}
