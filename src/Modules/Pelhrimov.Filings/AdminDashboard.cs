using Pelhrimov.Core.Navigation;
using Pelhrimov.Filings.Statistics;

namespace Pelhrimov.Filings;

/// <summary>The module's section of the admin home: filings by status and open filings by age, for those who handle them.</summary>
public sealed class AdminDashboard : IAdminDashboardProvider
{
    public IEnumerable<DashboardSection> GetSections() =>
        [new DashboardSection(FilingsDashboardViewComponent.Name, 30, Permissions.Manage.Name)];
}
