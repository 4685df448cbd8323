namespace Pelhrimov.Core.Navigation;

/// <summary>A link of a public menu (main navigation, footer).</summary>
public sealed record MenuLink(string Text, string Url);

/// <summary>Supplies the public menus; the Content module implements it. The theme renders whatever it returns.</summary>
public interface ISiteMenuSource
{
    Task<IReadOnlyList<MenuLink>> GetMenuAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>One step of a breadcrumb trail; the last step is the current page and has no URL.</summary>
public sealed record Breadcrumb(string Text, string? Url = null);
