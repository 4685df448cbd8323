using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens;

/// <summary>What staff may do with citizen accounts: only see aggregate figures; nobody browses citizens' personal data.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ViewStatisticsName = "Citizens.ViewStatistics";

    public const string ManageConsentName = "Citizens.ManageConsent";

    public static readonly Permission ViewStatistics = new(ViewStatisticsName, "Prohlížet statistiky přihlášení občanů");

    /// <summary>Administrators only by default: the consent text is a legal document.</summary>
    public static readonly Permission ManageConsent = new(ManageConsentName, "Spravovat text souhlasu se zpracováním osobních údajů");

    public IEnumerable<Permission> GetPermissions() => [ViewStatistics, ManageConsent];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [ViewStatistics]),
    ];
}
