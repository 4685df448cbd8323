using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Core;

/// <summary>Core admin entries: the overview, site settings, the words of e-mails, outgoing e-mail, domain events, scheduled jobs and the audit log.</summary>
public sealed class CoreAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Přehled", "/admin", null, 0),
        new("Nastavení webu", "/admin/nastaveni", CorePermissions.ManageSettings.Name, 80),
        new("Odchozí e-maily", "/admin/posta", CorePermissions.ManageMail.Name, 85),
        new("Znění e-mailů", "/admin/sablony-e-mailu", CorePermissions.ManageSettings.Name, 84),
        new("Události", "/admin/udalosti", CorePermissions.ManageEvents.Name, 86),
        new("Plánované úlohy", "/admin/planovane-ulohy", CorePermissions.ViewScheduledJobs.Name, 87),
        new("Auditní záznam", "/admin/audit", CorePermissions.ViewAuditLog.Name, 90),
    ];
}
