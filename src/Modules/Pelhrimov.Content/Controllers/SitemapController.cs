using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;
using Pelhrimov.Core.Caching;

namespace Pelhrimov.Content.Controllers;

/// <summary><c>/sitemap.xml</c>: every public list and every published item.</summary>
public sealed class SitemapController(ContentDbContext db) : Controller
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = PublicPageCache.PolicyName)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var root = $"{Request.Scheme}://{Request.Host}";
        var tree = await PageTree.LoadPublishedAsync(db, cancellationToken);
        var items = await db.Versions.AsNoTracking()
            .Where(v => v.IsPublished && !v.Item!.IsArchived && v.Type != ContentTypes.Page)
            .Select(v => new { v.Type, v.Slug, v.CreatedUtc })
            .ToListAsync(cancellationToken);
        var urls = new List<(string Path, DateTime? Modified)> { ("/", null), ("/aktuality", null), ("/zivotni-situace", null), ("/uredni-deska", null) };
        urls.AddRange(tree.All.Select(p => (p.Path, (DateTime?)null)));
        urls.AddRange(items.Select(i => (ContentTypes.Find(i.Type)!.UrlForSlug!(i.Slug), (DateTime?)i.CreatedUtc)));
        var xml = new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url",
            new XElement(Ns + "loc", root + u.Path),
            u.Modified is { } m ? new XElement(Ns + "lastmod", m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));
        return Content("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + xml, "application/xml; charset=utf-8");
    }
}
