using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Search.Components;

/// <summary>The public header's search box (slot <c>header</c>); on <c>/hledat</c> it keeps the query being looked at.</summary>
public sealed class SearchBoxViewComponent : ViewComponent
{
    public const string Name = "SearchBox";

    public IViewComponentResult Invoke()
    {
        var request = HttpContext.Request;
        // View(string) would take the query for a view name.
        return View("Default", request.Path.StartsWithSegments("/hledat") ? request.Query["q"].ToString() : "");
    }
}

/// <summary>The search box's suggestion script (slot <c>head</c>); the box works without it.</summary>
public sealed class SearchAssetsViewComponent : ViewComponent
{
    public const string Name = "SearchAssets";

    public IViewComponentResult Invoke() => View();
}
