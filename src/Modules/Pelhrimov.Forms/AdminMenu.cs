using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Forms;

/// <summary><c>Formuláře</c> for editors and <c>Podání z formulářů</c> for clerks in the admin menu.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        [
            new AdminMenuItem("Formuláře", "/admin/formulare", Permissions.ManageName, 15),
            new AdminMenuItem("Podání z formulářů", "/admin/podani-z-formularu", Permissions.ViewSubmissionsName, 41),
        ];
}
