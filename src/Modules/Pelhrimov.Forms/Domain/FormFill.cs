namespace Pelhrimov.Forms.Domain;

/// <summary>Whether a submission's PDF receipt has been produced yet.</summary>
public enum ReceiptState
{
    Pending = 0,
    Ready = 1,
}

/// <summary>
/// A fill in progress: a signed-in citizen's (<see cref="AccountId"/>, one per form, listed on <c>/muj-portal</c>) or an
/// anonymous visitor's (keyed by a random cookie token of which only the SHA-256 is stored). It stays on the version it
/// was started under; it is deleted at submission or after <see cref="ExpiresUtc"/>.
/// </summary>
public sealed class FormDraft
{
    public Guid Id { get; set; }

    public Guid? AccountId { get; set; }

    /// <summary>SHA-256 of the anonymous fill's cookie token, lower-case hex; null for a citizen's draft.</summary>
    public string? TokenHash { get; set; }

    public Guid FormId { get; set; }

    public Guid FormVersionId { get; set; }

    /// <summary>The answers so far (<c>FormAnswers</c> as JSON).</summary>
    public required string AnswersJson { get; set; }

    /// <summary>The step the citizen is on (or returns to).</summary>
    public string? CurrentStepId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }
}

/// <summary>
/// A submitted form, stored once and never changed but for its receipt: the answers as validated against the version it
/// was filled under, with the SHA-256 of the canonical submission JSON the receipt prints.
/// </summary>
public sealed class FormSubmission
{
    public Guid Id { get; set; }

    /// <summary>The number the citizen is given, <c>P-2026-7K3M9</c> (<c>FilingReference</c>); also the filing's.</summary>
    public required string Reference { get; set; }

    public Guid FormId { get; set; }

    public Guid FormVersionId { get; set; }

    public Guid? AccountId { get; set; }

    /// <summary>
    /// For an anonymous submission: the SHA-256 of the fill's cookie token, which alone opens its confirmation and
    /// receipt (ADR 0040); null for a citizen's.
    /// </summary>
    public string? OwnerTokenHash { get; set; }

    public string? SubmitterName { get; set; }

    public string? ContactEmail { get; set; }

    public required string AnswersJson { get; set; }

    /// <summary>SHA-256 of the canonical submission JSON, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    public DateTime SubmittedUtc { get; set; }

    public ReceiptState ReceiptState { get; set; }

    /// <summary>SHA-256 of the PDF receipt once it is <see cref="ReceiptState.Ready"/>.</summary>
    public string? ReceiptSha256 { get; set; }

    /// <summary>The filing's external id once the submission has become a filing.</summary>
    public string? FilingExternalId { get; set; }
}

/// <summary>
/// An uploaded file of a draft (<see cref="DraftId"/>) or, once submitted, of a submission (<see cref="SubmissionId"/>).
/// Its bytes are in the data folder under <c>forms/attachments/{id}</c>, outside the web root (<c>FormAttachmentStore</c>).
/// </summary>
public sealed class FormAttachment
{
    public Guid Id { get; set; }

    public Guid? DraftId { get; set; }

    public Guid? SubmissionId { get; set; }

    /// <summary>The input it was uploaded through, e.g. <c>foto</c> or <c>psi[1].ockovani</c>.</summary>
    public required string InputName { get; set; }

    public required string FileName { get; set; }

    /// <summary>The type detected from its bytes.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public DateTime CreatedUtc { get; set; }
}
