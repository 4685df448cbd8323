namespace Pelhrimov.Core.Events.Contracts;

// The contracts live in Core so that a module can handle another module's events without referencing it.

/// <summary>A version of a content item became the public one (by an editor, a recipe or the publishing schedule).</summary>
/// <param name="Actor">Who published it: the editor's e-mail, or <c>plánovač</c> for the schedule.</param>
[DomainEvent("content.published", 1, "Content")]
public sealed record ContentPublished(Guid ItemId, string ContentType, int VersionNumber, string Title, string Slug, string Actor) : IDomainEvent;

/// <summary>A content item stopped being public: unpublished, archived, or its scheduled end came.</summary>
[DomainEvent("content.unpublished", 1, "Content")]
public sealed record ContentUnpublished(Guid ItemId, string ContentType, string Actor, bool Archived) : IDomainEvent;
