using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Workflows;

/// <summary>The workflows and their runs in the admin menu, and their section of the admin home.</summary>
public sealed class AdminMenu : IAdminMenuProvider, IAdminDashboardProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new AdminMenuItem("Pracovní postupy", "/admin/workflows", Permissions.ManageName, 62),
    ];

    public IEnumerable<DashboardSection> GetSections() =>
        [new DashboardSection(Controllers.Admin.WorkflowsDashboardViewComponent.Name, 60, Permissions.ManageName)];
}
