using Pelhrimov.Core.Navigation;

namespace Pelhrimov.TestModule;

public sealed class AdminMenu : IAdminMenuProvider
{
    public const string Text = "Testovací modul";

    public const string Url = "/admin/test-module";

    public IEnumerable<AdminMenuItem> GetItems() => [new AdminMenuItem(Text, Url, Permissions.View.Name, Order: 900)];
}
