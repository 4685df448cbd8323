using Pelhrimov.Core.Security;

namespace Pelhrimov.Core;

/// <summary>Permissions of the core: reading the audit log, editing the town's details, watching outgoing e-mail, domain events and scheduled jobs.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    public static readonly Permission ViewAuditLog = new("Core.ViewAuditLog", "Prohlížet auditní záznam změn");

    public static readonly Permission ManageSettings = new("Core.ManageSettings", "Měnit údaje o městě, úřední hodiny, kontakty a znění e-mailů");

    public static readonly Permission ManageMail = new("Core.ManageMail", "Prohlížet odchozí e-maily a znovu odesílat nedoručené");

    public static readonly Permission ViewScheduledJobs = new("Core.ViewScheduledJobs", "Prohlížet plánované úlohy, jejich běhy a selhání");

    public static readonly Permission ManageEvents = new("Core.ManageEvents", "Prohlížet události mezi moduly a znovu spouštět nezdařené obsluhy");

    public IEnumerable<Permission> GetPermissions() => [ViewAuditLog, ManageSettings, ManageMail, ManageEvents, ViewScheduledJobs];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [ManageSettings]),
    ];
}
