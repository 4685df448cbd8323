using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Notifications;

/// <summary>The templates and the sent messages in the admin menu.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new AdminMenuItem("Šablony oznámení", "/admin/oznameni/sablony", Permissions.ManageTemplatesName, 60),
        new AdminMenuItem("Odeslaná oznámení", "/admin/oznameni/zpravy", Permissions.ViewMessagesName, 61),
    ];
}
