namespace Pelhrimov.Content.Domain;

/// <summary>The identity of a piece of content across all its versions.</summary>
public sealed class ContentItem
{
    public Guid Id { get; set; }

    /// <summary>One of <see cref="ContentTypes"/>.</summary>
    public required string Type { get; set; }

    /// <summary>Stable key of items created by a recipe; lets a recipe refer to other items (a page's parent).</summary>
    public string? Key { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>Withdrawn for good: not public and hidden from the default admin list, but kept with its history.</summary>
    public bool IsArchived { get; set; }

    public List<ContentVersion> Versions { get; set; } = [];
}
