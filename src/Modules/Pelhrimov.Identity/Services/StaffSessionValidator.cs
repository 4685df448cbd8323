using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Data;

namespace Pelhrimov.Identity.Services;

/// <summary>
/// Checks a staff cookie on every admin request: its session record must still exist (signed out, password or roles
/// changed, blocked: gone at once), then Identity's security-stamp check runs at its own interval.
/// </summary>
/// <remarks>One primary-key lookup per admin request; staff are few and the admin is not output-cached.</remarks>
public static class StaffSessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<ServerSessions<IdentityDataContext>>();
        if (StaffSignInManager.StaffId(principal) is not { } id
            || !await sessions.IsOpenAsync(id, principal, StaffSignInManager.SessionMaxAge, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>The periodic stamp check rebuilds the principal from the account; the session id must survive it.</summary>
    public static Task KeepSessionClaim(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ServerSessions<IdentityDataContext>.Claim) is { } claim
            && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
        {
            identity.AddClaim(new System.Security.Claims.Claim(claim.Type, claim.Value));
        }
        return Task.CompletedTask;
    }
}
