using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Models;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Caching;

namespace Pelhrimov.Content.Controllers;

/// <summary>The home page: latest news, what is on the notice board, life situations by area.</summary>
public sealed class HomeController(ContentQueries queries) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var articles = await queries.ListArticlesAsync(null, 1, 3, cancellationToken);
        var notices = await queries.ListNoticeBoardAsync(false, null, 1, 5, cancellationToken);
        var situations = await queries.ListLifeSituationsAsync(cancellationToken);
        var categories = ContentTypes.LifeSituationCategories
            .Select(c => (c, situations.Count(s => s.Category == c)))
            .Where(x => x.Item2 > 0).ToList();
        return View(new HomeModel(await queries.WithMediaAsync(articles.Items, cancellationToken), notices.Items, categories));
    }
}
