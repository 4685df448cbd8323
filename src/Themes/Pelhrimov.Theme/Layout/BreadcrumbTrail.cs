using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Theme.Layout;

/// <summary>Builds the breadcrumb trail the layout renders from <c>ViewData["Breadcrumbs"]</c>.</summary>
public static class BreadcrumbTrail
{
    public const string ViewDataKey = "Breadcrumbs";

    public static readonly Breadcrumb Home = new("Úvodní stránka", "/");

    /// <summary>The steps a view gave, starting at the home page; empty when the view gave none (the home page itself).</summary>
    public static IReadOnlyList<Breadcrumb> From(object? viewDataValue)
    {
        if (viewDataValue is not IEnumerable<Breadcrumb> given)
        {
            return [];
        }
        var steps = given.ToList();
        if (steps.Count == 0)
        {
            return [];
        }
        return steps[0].Url == "/" ? steps : [Home, .. steps];
    }
}
