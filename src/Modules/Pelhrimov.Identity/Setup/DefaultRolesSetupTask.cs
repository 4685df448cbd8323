using Pelhrimov.Core.Setup;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Setup;

/// <summary>At site setup: creates the roles Administrator, Editor and Clerk and grants them every module's default permissions.</summary>
/// <remarks>
/// Permissions are granted only here, once. A module added to a running site later does not grant its defaults on its own;
/// an administrator assigns them (or the site is set up anew). Re-granting at every start would silently undo an
/// administrator's decision to take a permission away from a default role.
/// </remarks>
public sealed class DefaultRolesSetupTask(DefaultRoles roles) : ISetupTask
{
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await roles.EnsureRolesAsync();
        await roles.GrantDefaultPermissionsAsync();
    }
}
