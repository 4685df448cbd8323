using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Models;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Caching;

namespace Pelhrimov.Content.Controllers;

/// <summary>
/// Pages at their path (<c>/o-meste/historie</c>); the catch-all route runs after every other route, and only for an
/// address of a published page (<see cref="PublishedPageConstraint"/>).
/// </summary>
public sealed class PagesController(ContentDbContext db, ContentQueries queries, IMemoryCache cache, PublicPageCacheInvalidator invalidator) : Controller
{
    [HttpGet("{**path:" + PublishedPageConstraint.Name + "}", Order = int.MaxValue)]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Show(string path, CancellationToken cancellationToken)
    {
        var tree = await PageTree.PublishedAsync(db, cache, invalidator, cancellationToken);
        var node = tree.FindByPath(path ?? "");
        if (node is null)
        {
            return NotFound();
        }
        var page = await queries.GetBySlugAsync(ContentTypes.Page, node.Slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        ViewData["Breadcrumbs"] = tree.BreadcrumbsFor(node.ItemId);
        return View(new PageModel(new ContentPage(page, new Dictionary<Guid, MediaFile>()), tree.ChildrenOf(node.ItemId)));
    }
}
