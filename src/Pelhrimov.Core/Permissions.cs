using Pelhrimov.Core.Security;

namespace Pelhrimov.Core;

/// <summary>Permissions of the core: reading the audit log, editing the town's details.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    public static readonly Permission ViewAuditLog = new("Core.ViewAuditLog", "Prohlížet auditní záznam změn");

    public static readonly Permission ManageSettings = new("Core.ManageSettings", "Měnit údaje o městě, úřední hodiny a kontakty");

    public IEnumerable<Permission> GetPermissions() => [ViewAuditLog, ManageSettings];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Editor, [ManageSettings]),
    ];
}
