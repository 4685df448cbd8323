using Microsoft.EntityFrameworkCore;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Content.Services;

/// <summary>Reads of published content for the public site. Only published versions of unarchived items are ever returned.</summary>
public sealed class ContentQueries(ContentDbContext db, TimeProvider clock)
{
    private IQueryable<ContentVersion> Published(string type) =>
        db.Versions.AsNoTracking().Where(v => v.Type == type && v.IsPublished && !v.Item!.IsArchived);

    public async Task<ContentView?> GetBySlugAsync(string type, string slug, CancellationToken cancellationToken = default)
    {
        var version = await Published(type).FirstOrDefaultAsync(v => v.Slug == slug, cancellationToken);
        return version is null ? null : ContentView.From(version);
    }

    public async Task<Paged<ContentView>> ListArticlesAsync(string? category, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = Published(ContentTypes.Article);
        if (!string.IsNullOrEmpty(category))
        {
            query = query.Where(v => v.Category == category);
        }
        var total = await query.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, pageSize);
        var items = await query.OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<ContentView>(items.Select(ContentView.From).ToList(), page, pageSize, total);
    }

    /// <summary>All published life situations, sorted by Czech alphabetical order (ch after h).</summary>
    public async Task<IReadOnlyList<ContentView>> ListLifeSituationsAsync(CancellationToken cancellationToken = default)
    {
        var items = await Published(ContentTypes.LifeSituation).ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(CzechFormat.Culture, ignoreCase: true);
        return items.Select(ContentView.From).OrderBy(v => v.Title, comparer).ToList();
    }

    /// <summary>Notice-board entries on the board now (<paramref name="archive"/> false) or already taken down (true).</summary>
    public async Task<Paged<ContentView>> ListNoticeBoardAsync(bool archive, string? department, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = Published(ContentTypes.NoticeBoardEntry);
        query = archive
            ? query.Where(v => v.PostedToUtc <= now)
            : query.Where(v => v.PostedFromUtc <= now && v.PostedToUtc > now);
        var all = await query.ToListAsync(cancellationToken);
        var views = all.Select(ContentView.From)
            .Where(v => string.IsNullOrEmpty(department) || v.Fields["department"] == department)
            .OrderByDescending(v => archive ? v.PostedToUtc : v.PostedFromUtc).ThenBy(v => v.Title)
            .ToList();
        page = Paging.Clamp(page, views.Count, pageSize);
        return new Paged<ContentView>(views.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, views.Count);
    }

    /// <summary>Whether a published notice-board entry is on the board right now.</summary>
    public bool IsOnBoard(ContentView entry)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return entry.PostedFromUtc <= now && entry.PostedToUtc > now;
    }

    public async Task<IReadOnlyList<string>> ListDepartmentsAsync(CancellationToken cancellationToken = default)
    {
        var json = await Published(ContentTypes.NoticeBoardEntry).Select(v => v.FieldsJson).ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(CzechFormat.Culture, ignoreCase: true);
        return json.Select(j => ContentFields.FromJson(j)["department"]).Where(d => d.Length > 0).Distinct().Order(comparer).ToList();
    }

    public async Task<IReadOnlyList<MediaFile>> GetMediaAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var list = ids.Distinct().ToList();
        if (list.Count == 0)
        {
            return [];
        }
        var found = await db.Media.AsNoTracking().Where(m => list.Contains(m.Id)).ToListAsync(cancellationToken);
        return list.Select(id => found.FirstOrDefault(m => m.Id == id)).OfType<MediaFile>().ToList();
    }
}
