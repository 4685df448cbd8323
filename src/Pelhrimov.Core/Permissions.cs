using Pelhrimov.Core.Security;

namespace Pelhrimov.Core;

/// <summary>Permissions of the core: reading the audit log.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    public static readonly Permission ViewAuditLog = new("Core.ViewAuditLog", "Prohlížet auditní záznam změn");

    public IEnumerable<Permission> GetPermissions() => [ViewAuditLog];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() => [];
}
