using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Search;

/// <summary>The search module's admin entry: index state and rebuild.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new AdminMenuItem("Vyhledávání", "/admin/vyhledavani", Permissions.ManageSearch.Name, 60)];
}
