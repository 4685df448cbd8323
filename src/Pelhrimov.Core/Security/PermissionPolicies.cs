using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Pelhrimov.Core.Security;

/// <summary>Builds an authorization policy for every <c>Permission:Name</c> and every <c>ApiScope:name</c> on demand.</summary>
public sealed class PermissionPolicies(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "Permission:";

    /// <summary>The claim type under which a staff principal carries its permissions.</summary>
    public const string ClaimType = "permission";

    /// <summary>The authentication scheme of staff accounts; citizen sessions never satisfy a permission.</summary>
    public const string StaffScheme = "Staff";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(ApiAuthentication.PolicyPrefix, StringComparison.Ordinal))
        {
            return ApiAuthentication.Policy(policyName[ApiAuthentication.PolicyPrefix.Length..]);
        }
        if (!policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }
        var permission = policyName[Prefix.Length..];
        return new AuthorizationPolicyBuilder(StaffScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => HasPermission(context.User, permission))
            .Build();
    }

    public static bool HasPermission(ClaimsPrincipal user, string permission) =>
        user.Identity?.AuthenticationType is not null
        && (user.IsInRole(StaffRoles.Administrator) || user.HasClaim(ClaimType, permission));
}
