using Pelhrimov.Core.Navigation;

namespace Pelhrimov.ApiClients;

/// <summary>The admin menu entry of the API clients list.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public const string Url = "/admin/api-klienti";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Klienti API", Url, Permissions.ManageApiClientsName, Order: 920),
    ];
}
