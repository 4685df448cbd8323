using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Receivables;

/// <summary>The receivables overview in the admin menu.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public const string Url = "/admin/pohledavky";

    public IEnumerable<AdminMenuItem> GetItems() =>
        [new AdminMenuItem("Pohledávky", Url, Permissions.View.Name, 60)];
}
