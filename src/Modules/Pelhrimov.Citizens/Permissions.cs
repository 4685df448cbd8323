using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens;

/// <summary>What staff may do with citizen accounts: only see aggregate figures; nobody browses citizens' personal data.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewStatisticsName = "Citizens.ViewStatistics";

    public static readonly Permission ViewStatistics = new(ViewStatisticsName, "Prohlížet statistiky přihlášení občanů");

    public IEnumerable<Permission> GetPermissions() => [ViewStatistics];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [ViewStatistics]),
    ];
}
