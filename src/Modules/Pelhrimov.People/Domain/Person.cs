namespace Pelhrimov.People.Domain;

/// <summary>
/// A person of the back-office register (finance, records), as the back office last sent it. <see cref="Id"/> is the
/// register's id (<c>OS-000123</c>); receivables and filings are stored under it.
/// </summary>
public sealed class Person
{
    public string Id { get; set; } = "";

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public string? Street { get; set; }

    public string? HouseNumber { get; set; }

    public string? Town { get; set; }

    public string? PostCode { get; set; }

    /// <summary>Hash of the normalised name and date of birth (<see cref="MatchKeys"/>): the indexed column matching looks up.</summary>
    public string NameKey { get; set; } = "";

    /// <summary>The same with the address; null for a person without a complete address.</summary>
    public string? AddressKey { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";

    public string? AddressLine => Street is null && Town is null ? null
        : string.Join(", ", new[] { string.Join(' ', new[] { Street, HouseNumber }.Where(p => !string.IsNullOrEmpty(p))),
            string.Join(' ', new[] { PostCode, Town }.Where(p => !string.IsNullOrEmpty(p))) }.Where(p => p.Length > 0));
}

/// <summary>How a link came about: the attributes matched exactly one person, or a clerk chose the person.</summary>
public enum LinkMethod
{
    Automatic,
    Clerk,
}

/// <summary>
/// A citizen account linked to a person. A clerk's unlink keeps the row with <see cref="UnlinkedUtc"/> set, so that the next
/// eID sign-in does not link the same pair again against the clerk's decision.
/// </summary>
public sealed class PersonLink
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AccountId { get; set; }

    public string PersonId { get; set; } = "";

    public LinkMethod Method { get; set; }

    public DateTime LinkedUtc { get; set; }

    public string LinkedBy { get; set; } = "";

    public DateTime? UnlinkedUtc { get; set; }

    public string? UnlinkedBy { get; set; }

    public bool IsActive => UnlinkedUtc is null;
}

/// <summary>Why an identified citizen waits for a clerk.</summary>
public enum ReviewReason
{
    /// <summary>The verified attributes match no person (or the citizen lacks an attribute the policy compares).</summary>
    NoMatch,

    /// <summary>They match several persons: the portal never guesses which.</summary>
    SeveralMatches,
}

/// <summary>
/// An identified citizen the portal could not link by itself, with the persons the attributes matched. One open item per
/// account; resolving it removes it (the audit log keeps the decision).
/// </summary>
public sealed class LinkReview
{
    public Guid AccountId { get; set; }

    public ReviewReason Reason { get; set; }

    /// <summary>Ids of the matching persons, separated by <c>,</c> in ordinal order; empty for <see cref="ReviewReason.NoMatch"/>.</summary>
    public string CandidateIds { get; set; } = "";

    /// <summary>The citizen's <see cref="MatchKeys"/> when the item was made: a new person with the same key re-evaluates it.</summary>
    public string? NameKey { get; set; }

    public string? AddressKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public IReadOnlyList<string> Candidates =>
        CandidateIds.Length == 0 ? [] : CandidateIds.Split(',');
}
