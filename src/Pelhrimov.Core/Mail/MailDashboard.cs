using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Core.Mail;

/// <summary>The admin home's section "E-maily podle stavu".</summary>
public sealed class MailDashboard : IAdminDashboardProvider
{
    public IEnumerable<DashboardSection> GetSections() =>
        [new DashboardSection(MailByStatusViewComponent.Name, 50, CorePermissions.ManageMail.Name)];
}
