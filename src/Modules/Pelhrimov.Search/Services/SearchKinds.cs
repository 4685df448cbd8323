namespace Pelhrimov.Search.Services;

/// <summary>A facet of the search page: an item kind with its Czech name and its value of the <c>druh</c> parameter.</summary>
public sealed record SearchKind(string Kind, string Name, string Slug);

public static class SearchKinds
{
    public static readonly IReadOnlyList<SearchKind> All =
    [
        new("Article", "Aktuality", "aktuality"),
        new("LifeSituation", "Životní situace", "zivotni-situace"),
        new("Page", "Stránky", "stranky"),
        new("NoticeBoardEntry", "Úřední deska", "uredni-deska"),
    ];

    public static SearchKind? FromSlug(string? slug) => All.FirstOrDefault(k => string.Equals(k.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Czech name of a kind; kinds added later by other modules show their own identifier until named here.</summary>
    public static string NameOf(string kind) => All.FirstOrDefault(k => k.Kind == kind)?.Name ?? kind;
}
