using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Models;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Content.Controllers;

/// <summary>The official notice board (úřední deska): current entries, the archive, and one entry with its documents.</summary>
[Route("uredni-deska")]
public sealed class NoticeBoardController(ContentQueries queries) : Controller
{
    public const int PageSize = 20;

    [HttpGet("")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName, VaryByQueryKeys = ["odbor", "strana"])]
    public Task<IActionResult> Index(string? odbor, int strana = 1, CancellationToken cancellationToken = default) =>
        ListAsync(archive: false, odbor, strana, cancellationToken);

    [HttpGet("archiv")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName, VaryByQueryKeys = ["odbor", "strana"])]
    public Task<IActionResult> Archive(string? odbor, int strana = 1, CancellationToken cancellationToken = default) =>
        ListAsync(archive: true, odbor, strana, cancellationToken);

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var entry = await queries.GetBySlugAsync(ContentTypes.NoticeBoardEntry, slug, cancellationToken);
        if (entry is null || entry.PostedFromUtc > DateTime.UtcNow)
        {
            return NotFound();
        }
        var onBoard = queries.IsOnBoard(entry);
        ViewData["OnBoard"] = onBoard;
        ViewData["Breadcrumbs"] = new List<Breadcrumb>
        {
            new("Úvod", "/"),
            onBoard ? new("Úřední deska", "/uredni-deska") : new("Archiv úřední desky", "/uredni-deska/archiv"),
            new(entry.Title),
        };
        return View((await queries.WithMediaAsync([entry], cancellationToken))[0]);
    }

    private async Task<IActionResult> ListAsync(bool archive, string? department, int page, CancellationToken cancellationToken)
    {
        var departments = await queries.ListDepartmentsAsync(cancellationToken);
        var chosen = departments.Contains(department) ? department : null;
        var entries = await queries.ListNoticeBoardAsync(archive, chosen, page, PageSize, cancellationToken);
        // Made-up filters and pages get one canonical URL instead of a rendered (and cached) copy each.
        if ((department is not null && chosen is null) || page != entries.Page)
        {
            return RedirectPermanent(ListUrl(archive, chosen, entries.Page));
        }
        ViewData["Breadcrumbs"] = archive
            ? new List<Breadcrumb> { new("Úvod", "/"), new("Úřední deska", "/uredni-deska"), new("Archiv") }
            : new List<Breadcrumb> { new("Úvod", "/"), new("Úřední deska") };
        return View("Index", new NoticeBoardModel(entries, archive, chosen, departments));
    }

    private static string ListUrl(bool archive, string? department, int page)
    {
        var query = new List<string>();
        if (department is not null)
        {
            query.Add("odbor=" + Uri.EscapeDataString(department));
        }
        if (page > 1)
        {
            query.Add($"strana={page}");
        }
        return (archive ? "/uredni-deska/archiv" : "/uredni-deska") + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
