using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Analytics;

/// <summary>The statistics page in the admin menu.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new AdminMenuItem("Statistiky", "/admin/statistiky", Permissions.ViewStatistics.Name, 60)];
}
