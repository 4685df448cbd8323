using Pelhrimov.Core.Navigation;
using Pelhrimov.Receivables.Statistics;

namespace Pelhrimov.Receivables;

/// <summary>The module's section of the admin home: receivables due, paid and outstanding by month and by kind.</summary>
public sealed class AdminDashboard : IAdminDashboardProvider
{
    public IEnumerable<DashboardSection> GetSections() =>
        [new DashboardSection(ReceivablesDashboardViewComponent.Name, 31, Permissions.View.Name)];
}
