using Pelhrimov.Core.Navigation;
using Pelhrimov.Forms.Statistics;

namespace Pelhrimov.Forms;

/// <summary>The module's section of the admin home: submissions per form over the last weeks, for those who read them.</summary>
public sealed class AdminDashboard : IAdminDashboardProvider
{
    public IEnumerable<DashboardSection> GetSections() =>
        [new DashboardSection(FormsDashboardViewComponent.Name, 35, Permissions.ViewSubmissionsName)];
}
