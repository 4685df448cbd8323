using Pelhrimov.Core.Security;

namespace Pelhrimov.Filings;

/// <summary>Clerks (and administrators, who hold every permission) handle the filings inbox.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageName = "Filings.Manage";

    public static readonly Permission Manage = new(ManageName, "Vyřizovat podání občanů: měnit stav a připojovat odpovědi");

    public IEnumerable<Permission> GetPermissions() => [Manage];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Clerk, [Manage]),
    ];
}
