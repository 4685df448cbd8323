using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Content.Services;

public enum ItemStatus
{
    Draft,
    Scheduled,
    Published,
    PublishedWithDraft,
    Archived,
}

/// <summary>A row of the admin content list: the latest version and the item's state.</summary>
public sealed record AdminListRow(Guid ItemId, string Title, string Slug, ItemStatus Status, DateTime ModifiedUtc, string Author,
    DateTime? PublishedUtc, DateTime? ScheduledPublishUtc, int Number);

/// <summary>Reads for the admin: lists with paging, filters and search; an item's history.</summary>
public sealed class ContentAdminQueries(ContentDbContext db)
{
    public const int PageSize = 20;

    public async Task<Paged<AdminListRow>> ListAsync(string type, ItemStatus? status, string? search, int page, CancellationToken cancellationToken = default)
    {
        var rows = db.Versions.AsNoTracking()
            .Where(v => v.Type == type && v.IsLatest)
            .Select(v => new
            {
                Version = v,
                Archived = v.Item!.IsArchived,
                HasPublished = db.Versions.Any(p => p.ItemId == v.ItemId && p.IsPublished),
            });
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            // Translated to SQL (LOWER, LIKE): no CLR culture or comparison applies, and EF Core translates only these forms.
#pragma warning disable CA1304, CA1311, CA1862
            rows = rows.Where(r => r.Version.Title.ToLower().Contains(term) || r.Version.Slug.Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        rows = status switch
        {
            ItemStatus.Archived => rows.Where(r => r.Archived),
            ItemStatus.Published => rows.Where(r => !r.Archived && r.HasPublished),
            ItemStatus.PublishedWithDraft => rows.Where(r => !r.Archived && r.HasPublished && !r.Version.IsPublished),
            ItemStatus.Scheduled => rows.Where(r => !r.Archived && !r.HasPublished && r.Version.ScheduledPublishUtc != null),
            ItemStatus.Draft => rows.Where(r => !r.Archived && !r.HasPublished && r.Version.ScheduledPublishUtc == null),
            _ => rows.Where(r => !r.Archived),
        };
        var total = await rows.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, PageSize);
        var items = await rows.OrderByDescending(r => r.Version.CreatedUtc).ThenByDescending(r => r.Version.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var list = items.Select(r => new AdminListRow(r.Version.ItemId, r.Version.Title, r.Version.Slug,
            StatusOf(r.Archived, r.HasPublished, r.Version.IsPublished, r.Version.ScheduledPublishUtc),
            r.Version.CreatedUtc, r.Version.Author, r.Version.PublishedUtc, r.Version.ScheduledPublishUtc, r.Version.Number)).ToList();
        return new Paged<AdminListRow>(list, page, PageSize, total);
    }

    /// <summary>All versions of an item, newest first, or null when the item does not exist.</summary>
    public async Task<(ContentItem Item, IReadOnlyList<ContentVersion> Versions)?> HistoryAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        return item is null ? null : (item, item.Versions.OrderByDescending(v => v.Number).ToList());
    }

    public static ItemStatus StatusOf(ContentItem item)
    {
        var latest = item.Versions.Single(v => v.IsLatest);
        return StatusOf(item.IsArchived, item.Versions.Any(v => v.IsPublished), latest.IsPublished, latest.ScheduledPublishUtc);
    }

    private static ItemStatus StatusOf(bool archived, bool hasPublished, bool latestPublished, DateTime? scheduled) =>
        archived ? ItemStatus.Archived
        : hasPublished ? (latestPublished ? ItemStatus.Published : ItemStatus.PublishedWithDraft)
        : scheduled is not null ? ItemStatus.Scheduled
        : ItemStatus.Draft;

    public static string Label(ItemStatus status) => status switch
    {
        ItemStatus.Draft => "Koncept",
        ItemStatus.Scheduled => "Naplánováno",
        ItemStatus.Published => "Zveřejněno",
        ItemStatus.PublishedWithDraft => "Zveřejněno, upravený koncept",
        ItemStatus.Archived => "Archivováno",
        _ => status.ToString(),
    };

    public static string CssClass(ItemStatus status) => status switch
    {
        ItemStatus.Draft => "status--draft",
        ItemStatus.Scheduled => "status--scheduled",
        ItemStatus.Archived => "status--archived",
        _ => "status--published",
    };

    public async Task<IReadOnlyList<MediaFile>> MediaChoicesAsync(MediaKind kind, CancellationToken cancellationToken = default) =>
        await db.Media.AsNoTracking().Where(m => m.Kind == kind).OrderByDescending(m => m.UploadedUtc).Take(500).ToListAsync(cancellationToken);

    /// <summary>Pages an editor may choose as a parent (latest titles).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> PageChoicesAsync(Guid? except, CancellationToken cancellationToken = default)
    {
        var pages = await db.Versions.AsNoTracking()
            .Where(v => v.Type == ContentTypes.Page && v.IsLatest && !v.Item!.IsArchived && v.ItemId != except)
            .Select(v => new { v.ItemId, v.Title }).ToListAsync(cancellationToken);
        return pages.OrderBy(p => p.Title, StringComparer.Create(Core.Formatting.CzechFormat.Culture, true)).Select(p => (p.ItemId, p.Title)).ToList();
    }
}
