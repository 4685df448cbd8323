namespace Pelhrimov.Forms.Domain;

/// <summary>Where a form stands: never published, filled in by citizens, or withdrawn.</summary>
public enum FormState
{
    /// <summary>Never published: only its draft version exists.</summary>
    Draft = 0,

    /// <summary>Citizens fill in its live version; it may have a draft of the next one.</summary>
    Live = 1,

    /// <summary>No new fills or submissions; what was filled and submitted stays readable.</summary>
    Archived = 2,
}

/// <summary>
/// A smart form: its address and the pointers to its versions. The definition itself lives in <see cref="FormVersion"/>;
/// <see cref="Title"/> is a copy of the current version's (the live one, or the draft while never published) for lists.
/// </summary>
public sealed class Form
{
    public Guid Id { get; set; }

    /// <summary>Its address <c>/formulare/{slug}</c>; unique, and fixed once the form has been published.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public FormState State { get; set; }

    /// <summary>The published version citizens fill in (kept when archived, so that the form still renders).</summary>
    public Guid? LiveVersionId { get; set; }

    /// <summary>The version being edited; null when there is none.</summary>
    public Guid? DraftVersionId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>
    /// Bumped by every lifecycle change and checked by it (an optimistic concurrency token): of two editors publishing
    /// at once, the second one's write finds the form changed and stores nothing.
    /// </summary>
    public Guid Stamp { get; set; }
}

/// <summary>
/// One version of a form's definition. A draft is edited in place; once <see cref="PublishedUtc"/> is set the version is
/// frozen forever: drafts and submissions filled under it reference it and render with it.
/// </summary>
public sealed class FormVersion
{
    public Guid Id { get; set; }

    public Guid FormId { get; set; }

    /// <summary>1, 2, … per form.</summary>
    public int Number { get; set; }

    /// <summary>The definition as the editor saved it, validated by <c>FormDefinitionReader.Read</c>.</summary>
    public required string DefinitionJson { get; set; }

    /// <summary>SHA-256 of <see cref="DefinitionJson"/> (UTF-8), lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public DateTime CreatedUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    public bool IsPublished => PublishedUtc is not null;
}
