using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pelhrimov.Core.Caching;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Content.Services;

/// <summary>A page's place in the page hierarchy.</summary>
public sealed record PageNode(Guid ItemId, Guid? ParentId, string Slug, string Title, int MenuOrder)
{
    public string Path { get; init; } = "";
}

/// <summary>The hierarchy of published pages: paths such as <c>/o-meste/historie</c>, children and breadcrumbs.</summary>
public sealed class PageTree
{
    private readonly Dictionary<Guid, PageNode> _byId;
    private readonly Dictionary<string, PageNode> _byPath;

    private PageTree(IReadOnlyList<PageNode> nodes)
    {
        var raw = nodes.ToDictionary(n => n.ItemId);
        _byId = new Dictionary<Guid, PageNode>();
        foreach (var node in nodes)
        {
            _byId[node.ItemId] = node with { Path = BuildPath(node, raw) };
        }
        _byPath = _byId.Values.Where(n => n.Path.Length > 0).ToDictionary(n => n.Path, StringComparer.Ordinal);
    }

    /// <summary>
    /// The published tree, kept in memory until public content changes (and at most as long as a cached page). Every
    /// address no route knows reaches the catch-all page route: loading the tree from the database for each was most
    /// of the cost of a 404 (docs/benchmarks.md).
    /// </summary>
    public static Task<PageTree> PublishedAsync(ContentDbContext db, IMemoryCache cache, PublicPageCacheInvalidator invalidator, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync(CacheKey(invalidator), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PublicPageCache.MaxAge;
            return LoadPublishedAsync(db, cancellationToken);
        })!;

    /// <summary>The published tree if it is in memory now, without loading it.</summary>
    public static PageTree? PublishedInMemory(IMemoryCache cache, PublicPageCacheInvalidator invalidator) =>
        cache.TryGetValue(CacheKey(invalidator), out PageTree? tree) ? tree : null;

    private static (string, long) CacheKey(PublicPageCacheInvalidator invalidator) => ("published-page-tree", invalidator.Version);

    public static async Task<PageTree> LoadPublishedAsync(ContentDbContext db, CancellationToken cancellationToken = default)
    {
        var nodes = await db.Versions.AsNoTracking()
            .Where(v => v.Type == ContentTypes.Page && v.IsPublished && !v.Item!.IsArchived)
            .Select(v => new PageNode(v.ItemId, v.ParentId, v.Slug, v.Title, v.MenuOrder))
            .ToListAsync(cancellationToken);
        return new PageTree(nodes);
    }

    public PageNode? FindByPath(string path) => _byPath.GetValueOrDefault("/" + path.Trim('/'));

    public PageNode? Find(Guid id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<PageNode> ChildrenOf(Guid? id) =>
        _byId.Values.Where(n => n.ParentId == id && n.Path.Length > 0).OrderBy(n => n.MenuOrder).ThenBy(n => n.Title).ToList();

    public IReadOnlyList<PageNode> All => _byId.Values.Where(n => n.Path.Length > 0).OrderBy(n => n.Path).ToList();

    /// <summary>Home, then each ancestor, then the page itself (without a link).</summary>
    public IReadOnlyList<Breadcrumb> BreadcrumbsFor(Guid id)
    {
        var trail = new List<Breadcrumb>();
        for (var node = Find(id); node is not null; node = node.ParentId is { } parent ? Find(parent) : null)
        {
            trail.Insert(0, new Breadcrumb(node.Title, trail.Count == 0 ? null : node.Path));
            if (trail.Count > 20)
            {
                break;
            }
        }
        trail.Insert(0, new Breadcrumb("Úvod", "/"));
        return trail;
    }

    // A page whose ancestor is unpublished has no public path: it is unreachable until the ancestor is back.
    private static string BuildPath(PageNode node, IReadOnlyDictionary<Guid, PageNode> nodes)
    {
        var segments = new List<string>();
        for (var current = node; current is not null; )
        {
            segments.Insert(0, current.Slug);
            if (current.ParentId is not { } parentId)
            {
                return "/" + string.Join('/', segments);
            }
            if (!nodes.TryGetValue(parentId, out current) || segments.Count > 20)
            {
                return "";
            }
        }
        return "";
    }
}
