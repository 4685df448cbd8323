using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Content.Services;

/// <summary>
/// <c>content.published</c> for workflows: the item's type, title, category, perex, address and who published it; no
/// citizen. An article fills the kind <c>news.article-published</c> (for its category's news subscribers).
/// </summary>
public sealed class ContentPublishedForWorkflows(ContentDbContext db, SiteAddress site) : IWorkflowEventSource<ContentPublished>
{
    public const string NewsKind = "news.article-published";

    public static WorkflowTriggerInfo Info { get; } = new("Zveřejněn obsah (článek, stránka, …)",
        [
            new("contentType", "Druh obsahu (Article, Page, …)"), new("title", "Titulek"), new("category", "Rubrika článku"),
            new("perex", "Perex článku"), new("url", "Adresa na webu"),
            new("firstPublication", "Poprvé zveřejněno (true), nebo znovu po úpravě (false)"), new("slug", "Adresa (slug)"), new("version", "Číslo verze"),
            new("actor", "Kdo zveřejnil"),
        ],
        new(new Dictionary<string, string?>
        {
            ["contentType"] = "Article", ["title"] = "Uzavírka Masarykova náměstí", ["category"] = "Doprava",
            ["perex"] = "Od pondělí bude náměstí kvůli opravě dlažby uzavřené.", ["url"] = "https://www.pelhrimov.cz/aktuality/uzavirka-masarykova-namesti",
            ["firstPublication"] = "true", ["slug"] = "uzavirka-masarykova-namesti", ["version"] = "1", ["actor"] = "redaktor@pelhrimov.cz",
        }, [], new(NewsKind, new Dictionary<string, object?>
        {
            ["Title"] = "Uzavírka Masarykova náměstí", ["Perex"] = "Od pondělí bude náměstí kvůli opravě dlažby uzavřené.",
            ["Url"] = "https://www.pelhrimov.cz/aktuality/uzavirka-masarykova-namesti",
        })), NewsKind);

    public async Task<WorkflowEventData?> DescribeAsync(ContentPublished e, CancellationToken cancellationToken)
    {
        var version = await db.Versions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ItemId == e.ItemId && v.Number == e.VersionNumber, cancellationToken);
        var path = ContentTypes.Find(e.ContentType)?.UrlForSlug?.Invoke(e.Slug);
        var url = path is null ? null : new Uri(site.Root, path.TrimStart('/')).ToString();
        // Later versions keep the first publication's date, so an earlier version with one was public before.
        var first = !await db.Versions.AnyAsync(v => v.ItemId == e.ItemId && v.Number < e.VersionNumber && v.PublishedUtc != null, cancellationToken);
        var perex = version is null ? null : ContentFields.FromJson(version.FieldsJson)["perex"];
        var fields = new Dictionary<string, string?>
        {
            ["contentType"] = e.ContentType, ["title"] = e.Title, ["category"] = version?.Category, ["perex"] = perex, ["url"] = url,
            ["firstPublication"] = first ? "true" : "false",
            ["slug"] = e.Slug, ["version"] = e.VersionNumber.ToString(CultureInfo.InvariantCulture), ["actor"] = e.Actor,
        };
        var news = e.ContentType == "Article" && url is not null
            ? new WorkflowNotificationValues(NewsKind, new Dictionary<string, object?> { ["Title"] = e.Title, ["Perex"] = perex ?? "", ["Url"] = url })
            : null;
        return new WorkflowEventData(fields, [], news);
    }
}
