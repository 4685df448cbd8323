using Pelhrimov.Core.Security;

namespace Pelhrimov.TestModule;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission View = new("TestModule.View", "Zobrazit testovací modul");

    public IEnumerable<Permission> GetPermissions() => [View];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
        [(StaffRoles.Editor, [View])];
}
