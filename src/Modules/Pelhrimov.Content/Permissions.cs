using Pelhrimov.Core.Security;

namespace Pelhrimov.Content;

/// <summary>What the content module lets staff do.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission EditContent = new("Content.Edit", "Vytvářet a upravovat obsah (koncepty)");
    public static readonly Permission PublishContent = new("Content.Publish", "Zveřejňovat, plánovat, stahovat a archivovat obsah");
    public static readonly Permission ManageMedia = new("Content.Media", "Nahrávat soubory do knihovny médií");

    public IEnumerable<Permission> GetPermissions() => [EditContent, PublishContent, ManageMedia];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [EditContent, PublishContent, ManageMedia]),
        (StaffRoles.Clerk, [EditContent, ManageMedia]),
    ];
}
