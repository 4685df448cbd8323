using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Indexing;

namespace Pelhrimov.Content.Services;

/// <summary>Articles, pages, life situations and notice-board entries as search documents: only published versions of unarchived items.</summary>
public sealed partial class ContentSearchSource(ContentDbContext db) : ISearchDocumentSource
{
    /// <summary>The facets of the search page for content, in their order.</summary>
    public static readonly IReadOnlyList<SearchKind> Kinds =
    [
        new(ContentTypes.Article, "Aktuality", "aktuality", "Aktualita", Order: 10),
        new(ContentTypes.LifeSituation, "Životní situace", "zivotni-situace", "Životní situace", Order: 20),
        new(ContentTypes.Page, "Stránky", "stranky", "Stránka", Order: 30),
        new(ContentTypes.NoticeBoardEntry, "Úřední deska", "uredni-deska", "Úřední deska", Order: 40),
    ];

    public IReadOnlyCollection<string> ItemTypes { get; } = ContentTypes.All.Select(t => t.Name).ToList();

    public async Task<SearchDocument?> LoadAsync(string itemType, string itemId, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(itemId, out var id) || ContentTypes.Find(itemType) is null)
        {
            return null;
        }
        var version = await Published().FirstOrDefaultAsync(v => v.ItemId == id, cancellationToken);
        if (version is null)
        {
            return null;
        }
        var tree = version.Type == ContentTypes.Page ? await PageTree.LoadPublishedAsync(db, cancellationToken) : null;
        return ToDocument(version, tree);
    }

    public async IAsyncEnumerable<SearchDocument> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var tree = await PageTree.LoadPublishedAsync(db, cancellationToken);
        await foreach (var version in Published().OrderBy(v => v.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (ToDocument(version, tree) is { } document)
            {
                yield return document;
            }
        }
    }

    private IQueryable<ContentVersion> Published() =>
        db.Versions.AsNoTracking().Where(v => v.IsPublished && !v.Item!.IsArchived);

    // A page below an unpublished parent has no public URL, so it is not searchable either.
    private static SearchDocument? ToDocument(ContentVersion version, PageTree? tree)
    {
        var type = ContentTypes.Find(version.Type);
        var url = type?.UrlForSlug?.Invoke(version.Slug) ?? tree?.Find(version.ItemId)?.Path;
        if (type is null || string.IsNullOrEmpty(url))
        {
            return null;
        }
        var fields = ContentFields.FromJson(version.FieldsJson);
        var summary = PlainText(fields["perex"] is { Length: > 0 } perex ? perex : fields["summary"]);
        var text = new StringBuilder(summary);
        foreach (var field in type.Fields.Where(f => f.Kind is FieldKind.RichText or FieldKind.Text && f.Name != "imageAlt"))
        {
            text.Append('\n').Append(PlainText(fields[field.Name]));
        }
        var keywords = string.Join('\n', [version.Title, .. type.Fields.Where(f => f.Kind == FieldKind.Tags).Select(f => PlainText(fields[f.Name]))]);
        var isBoard = version.Type == ContentTypes.NoticeBoardEntry;
        return new SearchDocument
        {
            Kind = version.Type,
            ItemId = version.ItemId.ToString(),
            Title = version.Title,
            Url = url,
            Text = text.ToString(),
            Keywords = keywords,
            Summary = summary,
            Category = version.Category ?? (isBoard ? fields["department"] : null),
            PublishedUtc = version.PublishedUtc,
            VisibleFromUtc = isBoard ? version.PostedFromUtc ?? DateTime.MaxValue : null,
            VisibleToUtc = isBoard ? version.PostedToUtc ?? DateTime.MinValue : null,
        };
    }

    private static string PlainText(string html) =>
        string.IsNullOrEmpty(html) ? "" : Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
