using Pelhrimov.Core.Security;

namespace Pelhrimov.Workflows;

/// <summary>Editors define workflows; administrators hold every permission.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageName = "Workflows.Manage";

    public static readonly Permission Manage = new(ManageName, "Upravovat pracovní postupy a prohlížet jejich běhy");

    public IEnumerable<Permission> GetPermissions() => [Manage];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [Manage]),
    ];
}
