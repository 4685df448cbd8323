namespace Pelhrimov.Core.BackOffice;

/// <summary>An address as eID verified it (the Citizens module's copy of NIA's <c>CurrentAddress</c>).</summary>
public sealed record VerifiedAddress(string? Street, string? HouseNumber, string? Town, string? PostCode);

/// <summary>
/// What eID verified about a citizen account at its last eID sign-in. <paramref name="Level"/> is <c>low</c>,
/// <c>substantial</c> or <c>high</c>; null (and the attributes with it) for an account that never signed in with eID.
/// <paramref name="Email"/> and <paramref name="Phone"/> are the profile's contacts (not verified by eID), for pre-filling forms.
/// </summary>
public sealed record VerifiedCitizen(
    Guid AccountId,
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    VerifiedAddress? Address,
    string? Level,
    string? Email = null,
    string? Phone = null);

/// <summary>The verified attributes of citizen accounts (implemented by the Citizens module).</summary>
public interface IVerifiedCitizens
{
    /// <summary>The account's verified attributes; null when no such account exists (any more).</summary>
    Task<VerifiedCitizen?> FindAsync(Guid accountId, CancellationToken cancellationToken);
}

/// <summary>
/// The explicit link between a citizen account and the person the town's back-office systems know (People module).
/// Back-office systems (finance, records) share one register of persons and name a person by its id in that register
/// (<c>personId</c>, e.g. <c>"OS-000123"</c>); receivables and filings are stored under that id and shown to the
/// citizens linked to it. A module that shows back-office data to a citizen asks here, never guesses.
/// </summary>
public interface IPersonLinks
{
    /// <summary>The back-office person ids linked to the account; empty when none (not linked yet, or in review).</summary>
    Task<IReadOnlyList<string>> PersonIdsOfAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>The citizen accounts linked to the back-office person; empty when none (for messages about the person's affairs).</summary>
    Task<IReadOnlyList<Guid>> AccountIdsOfAsync(string personId, CancellationToken cancellationToken);
}
