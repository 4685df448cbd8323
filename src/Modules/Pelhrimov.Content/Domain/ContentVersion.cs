namespace Pelhrimov.Content.Domain;

/// <summary>One immutable snapshot of a content item. Every save adds a version; at most one is published.</summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public ContentItem? Item { get; set; }

    /// <summary>1, 2, 3… per item.</summary>
    public int Number { get; set; }

    /// <summary>Copied from the item so that public queries need no join.</summary>
    public required string Type { get; set; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

    public bool IsLatest { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Who saved this version.</summary>
    public required string Author { get; set; }

    /// <summary>The publication date shown to readers; set on first publication and kept by later versions.</summary>
    public DateTime? PublishedUtc { get; set; }

    public DateTime? ScheduledPublishUtc { get; set; }

    public DateTime? ScheduledUnpublishUtc { get; set; }

    /// <summary>Type-specific field values as JSON (see <see cref="ContentTypeDefinition"/>).</summary>
    public string FieldsJson { get; set; } = "{}";

    // Fields promoted to columns because public pages filter or sort by them.
    public string? Category { get; set; }

    public Guid? ParentId { get; set; }

    public int MenuOrder { get; set; }

    public DateTime? PostedFromUtc { get; set; }

    public DateTime? PostedToUtc { get; set; }
}
