namespace Pelhrimov.Core.Indexing;

public enum IndexingTaskKind
{
    Update = 0,
    Delete = 1,
}

/// <summary>An append-only entry saying a searchable item changed; each index consumes the log from its own cursor.</summary>
public sealed class IndexingTask
{
    public long Id { get; set; }

    /// <summary>The kind of item, e.g. <c>Article</c>; the module that owns it knows how to load it.</summary>
    public required string ItemType { get; set; }

    public required string ItemId { get; set; }

    public IndexingTaskKind Kind { get; set; }

    public DateTime CreatedUtc { get; set; }
}
