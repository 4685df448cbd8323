using Pelhrimov.Analytics.ViewComponents;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Analytics;

/// <summary>The module's sections of the admin home: traffic, most visited pages and staff sign-ins.</summary>
public sealed class AdminDashboard : IAdminDashboardProvider
{
    public IEnumerable<DashboardSection> GetSections() =>
    [
        new DashboardSection(TrafficViewComponent.Name, 10, Permissions.ViewStatistics.Name),
        new DashboardSection(TopPagesViewComponent.Name, 11, Permissions.ViewStatistics.Name),
        new DashboardSection(StaffSignInsViewComponent.Name, 12, Permissions.ViewStatistics.Name),
    ];
}
