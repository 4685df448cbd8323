using Pelhrimov.Core.Security;

namespace Pelhrimov.Analytics;

/// <summary>Who may look at the statistics.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewName = "Analytics.View";

    public static readonly Permission ViewStatistics = new(ViewName, "Prohlížet statistiky návštěvnosti a přihlášení");

    public IEnumerable<Permission> GetPermissions() => [ViewStatistics];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [ViewStatistics]),
    ];
}
