using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Search.Services;

namespace Pelhrimov.Search.Controllers;

/// <summary>The search page <c>/hledat?q=&amp;druh=&amp;strana=</c>; cached per query until the index changes.</summary>
[Route("hledat")]
public sealed class SearchController(SearchService search, UnansweredSearches unanswered, SearchQueryLog log) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = SearchResultsCache.PolicyName)]
    public async Task<IActionResult> Index(string? q, string? druh, string? strana, CancellationToken cancellationToken)
    {
        var page = int.TryParse(strana, out var p) ? p : 1;
        var results = search.Search(q, druh, page);
        // A search is counted once: its further pages and kinds are the same search read on.
        if (results.Message is null && page <= 1 && string.IsNullOrEmpty(druh))
        {
            log.Record(results.Query);
        }
        if (results.Message is null && results.AllKindsTotal == 0 && results.Total == 0)
        {
            await unanswered.RecordAsync(results.Query, cancellationToken);
        }
        ViewData["Breadcrumbs"] = new List<Breadcrumb> { new("Úvod", "/"), new("Vyhledávání") };
        return View(results);
    }
}
