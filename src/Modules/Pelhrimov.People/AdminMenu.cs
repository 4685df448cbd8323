using Pelhrimov.Core.Navigation;

namespace Pelhrimov.People;

/// <summary>The register of persons in the admin menu.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public const string Url = "/admin/osoby";

    public const string ReviewUrl = "/admin/osoby/propojeni";

    public IEnumerable<AdminMenuItem> GetItems() =>
        [new AdminMenuItem("Osoby", Url, Permissions.ManageName, 60)];
}
