namespace Pelhrimov.Filings.Domain;

/// <summary>Where a filing stands in the records system; the order is the usual course of a filing.</summary>
public enum FilingStatus
{
    Received = 0,
    InProgress = 1,
    AwaitingCompletion = 2,
    Resolved = 3,
    Rejected = 4,
}

/// <summary>How a filing reached the office.</summary>
public enum FilingChannel
{
    Portal = 0,
    DataBox = 1,
    Email = 2,
    InPerson = 3,
}

/// <summary>Whose document it is: the citizen's (the filing and what they sent later) or the office's reply.</summary>
public enum DocumentDirection
{
    FromCitizen = 0,
    FromOffice = 1,
}

/// <summary>
/// A filing (podání) as the records system knows it, stored under the back-office person id. <see cref="ExternalId"/>
/// is the records system's own id (the key of the API); <see cref="Reference"/> is the portal's short number the
/// citizen sees and the pages use.
/// </summary>
public sealed class Filing
{
    public Guid Id { get; set; }

    public required string ExternalId { get; set; }

    public required string Reference { get; set; }

    /// <summary>Číslo jednací, once the records system has assigned it.</summary>
    public string? CaseNumber { get; set; }

    /// <summary>Spisová značka, once the records system has assigned it.</summary>
    public string? FileMark { get; set; }

    public required string Subject { get; set; }

    /// <summary>Slug of the form or life situation the filing came from, when known.</summary>
    public string? SourceSlug { get; set; }

    public FilingChannel Channel { get; set; }

    public DateTime SubmittedUtc { get; set; }

    public string? Department { get; set; }

    public string? Clerk { get; set; }

    public required string PersonId { get; set; }

    public FilingStatus Status { get; set; }

    public DateTime StatusChangedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public List<FilingStatusChange> History { get; set; } = [];

    public List<FilingDocument> Documents { get; set; } = [];
}

/// <summary>One entry of a filing's history: the status it moved to, with the note the citizen reads and one they do not.</summary>
public sealed class FilingStatusChange
{
    public Guid Id { get; set; }

    public Guid FilingId { get; set; }

    /// <summary>The caller's id of this change (Idempotency-Key or <c>changeId</c>); a repeated one changes nothing.</summary>
    public required string ChangeKey { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>Who made the change: a clerk's name or e-mail, or the records system.</summary>
    public required string Actor { get; set; }

    public FilingStatus? OldStatus { get; set; }

    public FilingStatus Status { get; set; }

    /// <summary>Shown to the citizen.</summary>
    public string? PublicNote { get; set; }

    /// <summary>Staff only; never on a citizen page.</summary>
    public string? InternalNote { get; set; }
}

/// <summary>A document of a filing; its bytes live in the data folder under <c>filings/{filing id}/{document id}</c>.</summary>
public sealed class FilingDocument
{
    public Guid Id { get; set; }

    public Guid FilingId { get; set; }

    /// <summary>The records system's id of the document (the API's key); null for a reply a clerk attached in the admin.</summary>
    public string? ExternalId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>SHA-256 of the bytes, hex: the same upload again is recognised and changes nothing.</summary>
    public required string Sha256 { get; set; }

    public DocumentDirection Direction { get; set; }

    public DateTime AddedUtc { get; set; }

    public required string AddedBy { get; set; }
}
