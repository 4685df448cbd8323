using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Search;

/// <summary>The search module's admin entry: index state and rebuild, and the thesaurus.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new AdminMenuItem("Vyhledávání", "/admin/vyhledavani", Permissions.ManageSearch.Name, 60),
        new AdminMenuItem("Tezaurus vyhledávání", "/admin/vyhledavani/tezaurus", Permissions.ManageSearch.Name, 61),
    ];
}
