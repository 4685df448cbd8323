using Pelhrimov.Core.Security;

namespace Pelhrimov.Identity;

/// <summary>The rights the Identity module checks: managing staff accounts (the audit log is the core's).</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageUsersName = "Identity.ManageUsers";

    public static readonly Permission ManageUsers = new(ManageUsersName, "Spravovat účty zaměstnanců a jejich role");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Administrator, [ManageUsers]),
    ];
}
