namespace Pelhrimov.Core.Indexing;

/// <summary>What a search index stores about one public item; produced by the module that owns the item.</summary>
public sealed record SearchDocument
{
    /// <summary>The item type as written to the indexing log, e.g. <c>Article</c>.</summary>
    public required string Kind { get; init; }

    public required string ItemId { get; init; }

    public required string Title { get; init; }

    /// <summary>The public URL of the item, e.g. <c>/aktuality/novy-chodnik</c>.</summary>
    public required string Url { get; init; }

    /// <summary>Plain text (no markup) the item is found by and snippets are cut from: its description and body.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// Plain text the item is also found by, as if it were part of <see cref="Text"/>, but never shown in a snippet:
    /// the title (results show it already) and tags.
    /// </summary>
    public string Keywords { get; init; } = "";

    /// <summary>A short plain-text description shown when no snippet matches.</summary>
    public string Summary { get; init; } = "";

    public string? Category { get; init; }

    public DateTime? PublishedUtc { get; init; }

    /// <summary>For items visible only in a window (notice-board entries): found from this instant on.</summary>
    public DateTime? VisibleFromUtc { get; init; }

    /// <summary>For items visible only in a window: no longer found from this instant on.</summary>
    public DateTime? VisibleToUtc { get; init; }
}

/// <summary>Loads searchable items of the types a module owns. Implement it (and append to the
/// <see cref="IndexingLog"/> on publish/unpublish) to make a new kind of item searchable.</summary>
public interface ISearchDocumentSource
{
    /// <summary>The <see cref="IndexingTask.ItemType"/> values this source serves.</summary>
    IReadOnlyCollection<string> ItemTypes { get; }

    /// <summary>The item as the public sees it, or null when it is not public (draft, unpublished, archived, gone).</summary>
    Task<SearchDocument?> LoadAsync(string itemType, string itemId, CancellationToken cancellationToken = default);

    /// <summary>Every public item, for a full rebuild.</summary>
    IAsyncEnumerable<SearchDocument> AllAsync(CancellationToken cancellationToken = default);
}
