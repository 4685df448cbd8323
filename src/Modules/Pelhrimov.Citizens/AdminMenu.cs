using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Citizens;

/// <summary>The consent text in the admin menu.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [new AdminMenuItem("Souhlas občanů", "/admin/souhlasy", Permissions.ManageConsent.Name, 75)];
}
