using Pelhrimov.Core.Security;

namespace Pelhrimov.Search;

/// <summary>What the search module lets staff do; only administrators by default (they hold every permission).</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSearch = new("Search.Manage", "Spravovat vyhledávání: stav a přestavba indexu, tezaurus");

    public IEnumerable<Permission> GetPermissions() => [ManageSearch];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultRoles() => [];
}
