using Pelhrimov.Core.Security;

namespace Pelhrimov.Receivables.Statements;

/// <summary>Importing statements books payments, so it is a permission of its own, given to clerks.</summary>
public sealed class Permissions : IPermissionProvider
{
    public const string ImportName = "Receivables.ImportStatements";

    public static readonly Permission Import = new(ImportName, "Importovat bankovní výpisy");

    public IEnumerable<Permission> GetPermissions() => [Import];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() => [(StaffRoles.Clerk, [Import])];
}
