namespace Pelhrimov.Core.Events.Contracts;

/// <summary>
/// A version of a smart form became the live one: a new form went live or a next version replaced the previous one
/// (editor, import, or the sample recipe). Modules that list or index forms (search, life situations) refresh it.
/// </summary>
[DomainEvent("forms.form-published", 1, "Forms")]
public sealed record FormPublished(Guid FormId, Guid VersionId, int VersionNumber, string Slug, string Title, string Actor) : IDomainEvent;
