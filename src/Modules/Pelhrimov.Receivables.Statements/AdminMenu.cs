using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Receivables.Statements;

/// <summary>The statement imports in the admin menu, right after the receivables overview (order 60).</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public const string Url = "/admin/pohledavky/vypisy";

    public IEnumerable<AdminMenuItem> GetItems() =>
        [new AdminMenuItem("Bankovní výpisy", Url, Permissions.Import.Name, 61)];
}
