using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Models;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Caching;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Content.Controllers;

/// <summary>News: <c>/aktuality</c>, <c>/aktuality/{slug}</c> and the RSS feed <c>/aktuality/rss</c>.</summary>
[Route("aktuality")]
public sealed class ArticlesController(ContentQueries queries) : Controller
{
    public const int PageSize = 10;

    [HttpGet("")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName, VaryByQueryKeys = ["rubrika", "strana"])]
    public async Task<IActionResult> Index(string? rubrika, int strana = 1, CancellationToken cancellationToken = default)
    {
        var category = ContentTypes.ArticleCategories.Contains(rubrika) ? rubrika : null;
        var page = await queries.ListArticlesAsync(category, strana, PageSize, cancellationToken);
        // Made-up categories and pages get one canonical URL instead of a rendered (and cached) copy each.
        if ((!string.IsNullOrEmpty(rubrika) && category is null) || strana != page.Page)
        {
            var query = (category is null ? "" : "rubrika=" + Uri.EscapeDataString(category)) + (page.Page > 1 ? (category is null ? "" : "&") + $"strana={page.Page}" : "");
            return RedirectPermanent("/aktuality" + (query.Length > 0 ? "?" + query : ""));
        }
        var withMedia = await queries.WithMediaAsync(page.Items, cancellationToken);
        ViewData["Breadcrumbs"] = new List<Breadcrumb> { new("Úvod", "/"), new("Aktuality") };
        return View(new ArticleListModel(new Paged<ContentPage>(withMedia, page.Page, page.PageSize, page.Total), category, ContentTypes.ArticleCategories));
    }

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var article = await queries.GetBySlugAsync(ContentTypes.Article, slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        var page = (await queries.WithMediaAsync([article], cancellationToken))[0];
        ViewData["Breadcrumbs"] = new List<Breadcrumb> { new("Úvod", "/"), new("Aktuality", "/aktuality"), new(article.Title) };
        return View(page);
    }

    [HttpGet("rss")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Rss([FromServices] SiteSettingsStore settings, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteSettings>(cancellationToken);
        var articles = await queries.ListArticlesAsync(null, 1, 30, cancellationToken);
        var root = $"{Request.Scheme}://{Request.Host}";
        var channel = new XElement("channel",
            new XElement("title", $"Aktuality – {site.OfficialName}"),
            new XElement("link", root + "/aktuality"),
            new XElement("description", $"Zprávy z radnice a z dění {site.InTheTown}."),
            new XElement("language", "cs"),
            articles.Items.Select(a => new XElement("item",
                new XElement("title", a.Title),
                new XElement("link", $"{root}/aktuality/{a.Slug}"),
                new XElement("guid", new XAttribute("isPermaLink", "true"), $"{root}/aktuality/{a.Slug}"),
                new XElement("description", a.Fields["perex"]),
                a.Category is null ? null : new XElement("category", a.Category),
                new XElement("pubDate", (a.PublishedUtc ?? a.CreatedUtc).ToString("R")))));
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("rss", new XAttribute("version", "2.0"), channel));
        return Content(xml.Declaration + "\n" + xml.Root, "application/rss+xml; charset=utf-8");
    }
}
