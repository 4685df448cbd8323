using Pelhrimov.Core.Security;

namespace Pelhrimov.Identity;

/// <summary>The rights the Identity module checks: managing staff accounts and reading the audit log.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ManageUsersName = "Identity.ManageUsers";
    public const string ViewAuditLogName = "Identity.ViewAuditLog";

    public static readonly Permission ManageUsers = new(ManageUsersName, "Spravovat účty zaměstnanců a jejich role");
    public static readonly Permission ViewAuditLog = new(ViewAuditLogName, "Číst auditní záznam");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ViewAuditLog];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() =>
    [
        (StaffRoles.Administrator, [ManageUsers, ViewAuditLog]),
    ];
}
