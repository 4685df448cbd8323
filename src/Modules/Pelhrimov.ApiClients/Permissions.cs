using Pelhrimov.Core.Security;

namespace Pelhrimov.ApiClients;

/// <summary>The one right of the module: managing API clients, which is handing out access to the town's data.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageApiClientsName = "ApiClients.ManageApiClients";

    public static readonly Permission ManageApiClients = new(ManageApiClientsName, "Spravovat klienty API (úřední systémy a jejich přístupy)");

    public IEnumerable<Permission> GetPermissions() => [ManageApiClients];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Administrator, [ManageApiClients]),
    ];
}
