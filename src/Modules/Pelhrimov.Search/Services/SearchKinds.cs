namespace Pelhrimov.Search.Services;

/// <summary>
/// A facet of the search page: an item kind with its Czech name (plural, for the facet), its value of the
/// <c>druh</c> parameter and the name of one item of it (singular, shown with each result).
/// </summary>
public sealed record SearchKind(string Kind, string Name, string Slug, string ItemName);

public static class SearchKinds
{
    public static readonly IReadOnlyList<SearchKind> All =
    [
        new("Article", "Aktuality", "aktuality", "Aktualita"),
        new("LifeSituation", "Životní situace", "zivotni-situace", "Životní situace"),
        new("Page", "Stránky", "stranky", "Stránka"),
        new("NoticeBoardEntry", "Úřední deska", "uredni-deska", "Úřední deska"),
    ];

    public static SearchKind? FromSlug(string? slug) => All.FirstOrDefault(k => string.Equals(k.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Czech name of a kind; kinds added later by other modules show their own identifier until named here.</summary>
    public static string NameOf(string kind) => All.FirstOrDefault(k => k.Kind == kind)?.Name ?? kind;

    /// <summary>What one item of a kind is called (<c>Aktualita</c>), shown with each result.</summary>
    public static string ItemNameOf(string kind) => All.FirstOrDefault(k => k.Kind == kind)?.ItemName ?? kind;
}
