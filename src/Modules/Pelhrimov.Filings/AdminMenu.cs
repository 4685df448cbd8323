using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Filings;

/// <summary>The filings inbox in the admin menu.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new AdminMenuItem("Podání", "/admin/podani", Permissions.Manage.Name, 40)];
}
