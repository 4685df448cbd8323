namespace Pelhrimov.Core.Events.Contracts;

// People events name the citizen account by its random id and the person by the back-office register's id: no names.

/// <summary>
/// A citizen account was linked to a back-office person (<paramref name="PersonId"/>, e.g. <c>OS-000001</c>);
/// <paramref name="Method"/> is <c>automatic</c> (the verified attributes matched exactly one person) or <c>clerk</c>.
/// </summary>
[DomainEvent("people.person-linked", 1, "People")]
public sealed record PersonLinked(Guid AccountId, string PersonId, string Method) : IDomainEvent;

/// <summary>
/// A link between a citizen account and a back-office person was removed; <paramref name="Reason"/> is <c>clerk</c>
/// (a clerk unlinked it in the admin) or <c>account-deleted</c> (the citizen deleted the account).
/// </summary>
[DomainEvent("people.person-unlinked", 1, "People")]
public sealed record PersonUnlinked(Guid AccountId, string PersonId, string Reason) : IDomainEvent;
