using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Identity.Services;

/// <summary>Creates the staff roles every site has and grants them the default permissions every module declares.</summary>
public sealed class DefaultRoles(
    RoleManager<IdentityRole<Guid>> roles,
    IEnumerable<IPermissionProvider> providers,
    ILogger<DefaultRoles> logger)
{
    /// <summary>Creates whichever of Administrator, Editor and Clerk is missing; never changes an existing role.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var name in StaffRoles.All)
        {
            await FindOrCreateAsync(name);
        }
    }

    /// <summary>
    /// Adds every <c>permission</c> claim that a provider's <see cref="IPermissionProvider.GetDefaultRoles"/> names and the
    /// role lacks. Adds only, never removes, so running it twice changes nothing.
    /// </summary>
    public async Task GrantDefaultPermissionsAsync()
    {
        var grants = providers
            .SelectMany(p => p.GetDefaultRoles())
            .SelectMany(r => r.Permissions.Select(p => (r.Role, Permission: p.Name)))
            .GroupBy(g => g.Role, g => g.Permission, StringComparer.OrdinalIgnoreCase);
        foreach (var grant in grants)
        {
            var role = await FindOrCreateAsync(grant.Key);
            var held = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == PermissionPolicies.ClaimType)
                .Select(c => c.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var permission in grant.Distinct(StringComparer.Ordinal).Where(p => !held.Contains(p)))
            {
                var result = await roles.AddClaimAsync(role, new Claim(PermissionPolicies.ClaimType, permission));
                result.ThrowIfFailed($"Granting {permission} to role {role.Name}");
                logger.LogInformation("Granted permission {Permission} to role {Role}", permission, role.Name);
            }
        }
    }

    private async Task<IdentityRole<Guid>> FindOrCreateAsync(string name)
    {
        if (await roles.FindByNameAsync(name) is { } existing)
        {
            return existing;
        }
        var role = new IdentityRole<Guid>(name) { Id = Guid.NewGuid() };
        (await roles.CreateAsync(role)).ThrowIfFailed($"Creating role {name}");
        logger.LogInformation("Created staff role {Role}", name);
        return role;
    }
}
