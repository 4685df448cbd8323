using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Search;

/// <summary>The search module's section of the admin dashboard: searches that found nothing.</summary>
public sealed class AdminDashboard : IAdminDashboardProvider
{
    public IEnumerable<DashboardSection> GetSections() => [new DashboardSection("UnansweredSearches", 50, Permissions.ManageSearch.Name)];
}
