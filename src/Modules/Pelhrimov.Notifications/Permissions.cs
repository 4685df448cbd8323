using Pelhrimov.Core.Security;

namespace Pelhrimov.Notifications;

/// <summary>Editors word the notifications; administrators (who hold every permission) also see the sent messages.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageTemplatesName = "Notifications.ManageTemplates";
    public const string ViewMessagesName = "Notifications.ViewMessages";

    public static readonly Permission ManageTemplates = new(ManageTemplatesName, "Upravovat šablony oznámení občanům");

    public static readonly Permission ViewMessages = new(ViewMessagesName, "Prohlížet odeslaná oznámení a stav jejich doručení");

    public IEnumerable<Permission> GetPermissions() => [ManageTemplates, ViewMessages];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [ManageTemplates]),
    ];
}
