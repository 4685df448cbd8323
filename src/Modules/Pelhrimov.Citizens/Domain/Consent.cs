namespace Pelhrimov.Citizens.Domain;

/// <summary>A published version of the text a citizen agrees to before the town processes their personal data.</summary>
/// <remarks>Versions are never edited: a changed text is a new version, and everybody is asked again at next sign-in.</remarks>
public sealed class ConsentVersion
{
    public int Id { get; set; }

    public int Version { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Plain text, paragraphs separated by blank lines.</summary>
    public string Text { get; set; } = "";

    public DateTime PublishedUtc { get; set; }

    public string PublishedBy { get; set; } = "";
}

/// <summary>That an account agreed to a version, and when. Kept after the account is deleted, as proof, with no personal data.</summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public int Version { get; set; }

    public DateTime GrantedUtc { get; set; }

    /// <summary>Where it was given: <c>eid</c> (first eID sign-in) or <c>registration</c>.</summary>
    public string Context { get; set; } = "";
}

/// <summary>One citizen sign-in, for statistics: when, how and at what level. Nothing identifies the person.</summary>
public sealed class CitizenSignInRecord
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary><c>eid</c> or <c>pwd</c>.</summary>
    public string Method { get; set; } = "";

    public IdentityLevel? Level { get; set; }

    /// <summary>The sign-in created the account (first eID sign-in).</summary>
    public bool NewAccount { get; set; }
}
