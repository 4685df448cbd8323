namespace Pelhrimov.Core.Events.Contracts;

/// <summary>A staff member signed in to the admin; <paramref name="Method"/> in Czech as in the audit log (<c>heslo</c>, <c>heslo a kód z aplikace</c>).</summary>
[DomainEvent("identity.staff-signed-in", 1, "Identity")]
public sealed record StaffSignedIn(Guid UserId, string Method) : IDomainEvent;
