using Pelhrimov.Core.Indexing;

namespace Pelhrimov.Search.Services;

/// <summary>The kinds of searchable items the enabled modules registered (<see cref="SearchKindRegistration.AddSearchKind"/>), in facet order.</summary>
public sealed class SearchKinds(IEnumerable<SearchKind> kinds)
{
    public IReadOnlyList<SearchKind> All { get; } = [.. kinds.DistinctBy(k => k.Kind).OrderBy(k => k.Order).ThenBy(k => k.Name, StringComparer.Ordinal)];

    public SearchKind? FromSlug(string? slug) => All.FirstOrDefault(k => string.Equals(k.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The position of a kind in <see cref="All"/>, or -1 for a kind no enabled module registered.</summary>
    public int IndexOf(string kind)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Kind == kind)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The Czech name of a kind; a kind no module registered shows its own identifier.</summary>
    public string NameOf(string kind) => All.FirstOrDefault(k => k.Kind == kind)?.Name ?? kind;

    /// <summary>What one item of a kind is called (<c>Aktualita</c>), shown with each result.</summary>
    public string ItemNameOf(string kind) => All.FirstOrDefault(k => k.Kind == kind)?.ItemName ?? kind;
}
