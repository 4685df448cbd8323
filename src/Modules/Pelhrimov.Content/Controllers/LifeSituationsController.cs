using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Models;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Content.Controllers;

/// <summary>Life situations: <c>/zivotni-situace</c> grouped by area, and one situation at <c>/zivotni-situace/{slug}</c>.</summary>
[Route("zivotni-situace")]
public sealed class LifeSituationsController(ContentQueries queries) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var all = await queries.ListLifeSituationsAsync(cancellationToken);
        var groups = ContentTypes.LifeSituationCategories
            .Select(c => (c, (IReadOnlyList<ContentView>)all.Where(s => s.Category == c).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
        ViewData["Breadcrumbs"] = new List<Breadcrumb> { new("Úvod", "/"), new("Životní situace") };
        return View(new LifeSituationListModel(groups));
    }

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var situation = await queries.GetBySlugAsync(ContentTypes.LifeSituation, slug, cancellationToken);
        if (situation is null)
        {
            return NotFound();
        }
        ViewData["Breadcrumbs"] = new List<Breadcrumb> { new("Úvod", "/"), new("Životní situace", "/zivotni-situace"), new(situation.Title) };
        return View(situation);
    }
}
