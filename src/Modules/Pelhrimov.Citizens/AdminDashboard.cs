using Pelhrimov.Citizens.Statistics;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Citizens;

/// <summary>The module's sections of the admin home: citizen sign-ins and identified citizens over time.</summary>
public sealed class AdminDashboard : IAdminDashboardProvider
{
    public IEnumerable<DashboardSection> GetSections() =>
    [
        new DashboardSection(CitizenSignInsViewComponent.Name, 20, Permissions.ViewStatistics.Name),
        new DashboardSection(IdentifiedCitizensViewComponent.Name, 21, Permissions.ViewStatistics.Name),
    ];
}
