using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Identity;

/// <summary>Admin menu entries of the Identity module: staff accounts and the signed-in person's own account.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Uživatelé", "/admin/uzivatele", Permissions.ManageUsersName, Order: 900),
        new("Můj účet", "/admin/ucet", Order: 990),
    ];
}
