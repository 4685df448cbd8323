namespace Pelhrimov.Core.Events.Contracts;

// Citizen events name the account only by its random id: stored events outlive the account and its personal data.

/// <summary>A citizen account was created: at the first eID sign-in (<c>eid</c>) or by registration with e-mail (<c>registration</c>).</summary>
[DomainEvent("citizens.account-created", 1, "Citizens")]
public sealed record CitizenAccountCreated(Guid AccountId, string Method) : IDomainEvent;

/// <summary>A citizen signed in with eID; <paramref name="Level"/> (<c>low</c>, <c>substantial</c>, <c>high</c>) is now the account's level of assurance.</summary>
[DomainEvent("citizens.identified", 1, "Citizens")]
public sealed record CitizenIdentified(Guid AccountId, string Level, bool NewAccount) : IDomainEvent;

/// <summary>A citizen deleted their account; its personal data is gone, what modules keep by law stays under the id.</summary>
[DomainEvent("citizens.account-deleted", 1, "Citizens")]
public sealed record CitizenAccountDeleted(Guid AccountId) : IDomainEvent;

/// <summary>A citizen agreed to a version of the consent with processing personal data (<paramref name="Context"/>: <c>eid</c>, <c>registration</c>, <c>signin</c>).</summary>
[DomainEvent("citizens.consent-given", 1, "Citizens")]
public sealed record CitizenConsentGiven(Guid AccountId, int ConsentVersion, string Context) : IDomainEvent;
