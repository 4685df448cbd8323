using Pelhrimov.Core.Security;

namespace Pelhrimov.Receivables;

/// <summary>What staff may do with receivables: in this increment only look at the overview.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewName = "Receivables.View";

    public static readonly Permission View = new(ViewName, "Prohlížet pohledávky a platby občanů");

    public IEnumerable<Permission> GetPermissions() => [View];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() => [(StaffRoles.Clerk, [View])];
}
