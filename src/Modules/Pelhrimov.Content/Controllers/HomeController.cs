using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Caching;

namespace Pelhrimov.Content.Controllers;

/// <summary>The home page: latest news, what is on the notice board, life situations by area.</summary>
public sealed class HomeController(ContentQueries queries) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.LoadHomePageAsync(cancellationToken));
}
