using Pelhrimov.Core.Security;

namespace Pelhrimov.People;

/// <summary>One permission: see the register of persons, resolve the review queue, link and unlink accounts.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageName = "People.Manage";

    public static readonly Permission Manage = new(ManageName, "Spravovat osoby a jejich propojení s účty občanů");

    public IEnumerable<Permission> GetPermissions() => [Manage];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Clerk, [Manage]),
        (StaffRoles.Administrator, [Manage]),
    ];
}
