using Pelhrimov.Core.Security;

namespace Pelhrimov.Forms;

/// <summary>Editors build and publish forms; clerks read what citizens submitted through them.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageName = "Forms.Manage";
    public const string ViewSubmissionsName = "Forms.ViewSubmissions";

    public static readonly Permission Manage = new(ManageName, "Spravovat formuláře");

    public static readonly Permission ViewSubmissions = new(ViewSubmissionsName, "Prohlížet podání z formulářů");

    public IEnumerable<Permission> GetPermissions() => [Manage, ViewSubmissions];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [Manage]),
        (StaffRoles.Clerk, [ViewSubmissions]),
    ];
}
