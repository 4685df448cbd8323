using Pelhrimov.Core.Indexing;

namespace Pelhrimov.Search.Services;

/// <summary>One found item; <see cref="SnippetHtml"/> is escaped text with matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(string Kind, string Title, string Url, string SnippetHtml, string? Category, DateTime? PublishedUtc);

/// <summary>A page of results, the count per kind for the same query, and why nothing was searched (if so).</summary>
public sealed record SearchResults(
    string Query,
    SearchKind? Kind,
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<(SearchKind Kind, int Count)> Facets,
    string? Message)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int AllKindsTotal => Facets.Sum(f => f.Count);

    /// <summary>The query with its unknown words corrected, when that finds more ("Měli jste na mysli…"); else null.</summary>
    public string? DidYouMean { get; init; }

    public static SearchResults Empty(string query, SearchKind? kind, string? message) =>
        new(query, kind, [], 0, 1, SearchService.PageSize, [], message);
}
