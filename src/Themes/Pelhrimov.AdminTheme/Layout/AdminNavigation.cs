using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Security;

namespace Pelhrimov.AdminTheme.Layout;

/// <summary>An admin menu entry as shown to one user, with whether it leads to the current screen.</summary>
public sealed record AdminNavigationItem(AdminMenuItem Item, bool IsCurrent);

/// <summary>Builds the admin menu from every module's <see cref="IAdminMenuProvider"/> for the signed-in user.</summary>
public static class AdminNavigation
{
    /// <summary>The admin home; it is current only on itself, not on every admin screen below it.</summary>
    public const string Root = "/admin";

    private static readonly StringComparer CzechOrder = StringComparer.Create(CzechFormat.Culture, ignoreCase: true);

    /// <summary>
    /// The entries the user may use, by <see cref="AdminMenuItem.Order"/>; none for an anonymous visitor.
    /// The current entry is the most specific one leading to the request: the longest path, then the most query values
    /// (<c>/admin/obsah?typ=Page</c> is current on <c>/admin/obsah?typ=Page&amp;strana=2</c>, not on <c>?typ=Article</c>).
    /// </summary>
    public static IReadOnlyList<AdminNavigationItem> For(ClaimsPrincipal user, IEnumerable<IAdminMenuProvider> providers, HttpRequest request)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }
        var visible = providers
            .SelectMany(p => p.GetItems())
            .Where(item => item.Permission is null || PermissionPolicies.HasPermission(user, item.Permission))
            .OrderBy(item => item.Order)
            .ThenBy(item => item.Text, CzechOrder)
            .ToList();
        var current = visible
            .Select(item => (Item: item, Target: Target.Parse(item.Url)))
            .Where(x => x.Target.Leads(request))
            .OrderByDescending(x => x.Target.Path.Length)
            .ThenByDescending(x => x.Target.Query.Count)
            .Select(x => x.Item)
            .FirstOrDefault();
        return visible.Select(item => new AdminNavigationItem(item, ReferenceEquals(item, current))).ToList();
    }

    private sealed record Target(string Path, Dictionary<string, StringValues> Query)
    {
        public static Target Parse(string url)
        {
            var withoutFragment = url.Split('#')[0];
            var queryStart = withoutFragment.IndexOf('?');
            var path = (queryStart < 0 ? withoutFragment : withoutFragment[..queryStart]).TrimEnd('/');
            var query = queryStart < 0 ? [] : QueryHelpers.ParseQuery(withoutFragment[queryStart..]);
            return new Target(path, query);
        }

        public bool Leads(HttpRequest request)
        {
            var path = (request.Path.Value ?? "").TrimEnd('/');
            var pathMatches = string.Equals(path, Path, StringComparison.OrdinalIgnoreCase)
                || (Path.Length > 0
                    && !string.Equals(Path, Root, StringComparison.OrdinalIgnoreCase)
                    && path.StartsWith(Path + "/", StringComparison.OrdinalIgnoreCase));
            return pathMatches && Query.All(q => string.Equals(request.Query[q.Key].ToString(), q.Value.ToString(), StringComparison.OrdinalIgnoreCase));
        }
    }
}
