using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Content;

/// <summary>Admin menu entries of the content module: one per content type, the media library and the menus.</summary>
public sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
        ContentTypes.All.Select((type, index) => new AdminMenuItem(type.PluralName, $"/admin/obsah?typ={type.Name}", Permissions.EditContent.Name, 10 + index))
            .Append(new AdminMenuItem("Knihovna médií", "/admin/media", Permissions.ManageMedia.Name, 20))
            .Append(new AdminMenuItem("Nabídky webu", "/admin/menu", Permissions.PublishContent.Name, 21));
}
