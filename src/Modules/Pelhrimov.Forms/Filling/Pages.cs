using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Filling;

/// <summary>A row of check-your-answers: the question, the answer as people read it, where to change it.</summary>
public sealed record CheckRow(string Label, string Value, string? ChangeUrl, bool Verified);

/// <summary>The answers of one step on check-your-answers.</summary>
public sealed record CheckStep(string Title, IReadOnlyList<CheckRow> Rows);

/// <summary>The check-your-answers page: every visible answer, the declaration, the submit button.</summary>
public sealed record CheckPage(
    FormPaths Paths, FormDefinition Form, int Version, Guid FillId, IReadOnlyList<CheckStep> Steps, string BackUrl, bool HasEmail, string? Notice);

/// <summary>A form on the catalogue <c>/formulare</c>.</summary>
public sealed record CatalogueEntry(string Slug, string Title, string? Summary, AccessKind Access, string? Department, IReadOnlyList<string> Keywords);

/// <summary>The catalogue page: the live forms, filtered by the search box.</summary>
public sealed record CataloguePage(string? Query, IReadOnlyList<CatalogueEntry> Forms, int Total);

/// <summary>Why a citizen cannot fill a form in now, and what to do.</summary>
public enum AccessProblem
{
    None,
    SignInRequired,
    IdentificationRequired,
}

/// <summary>A form's start page: what it is for, who may use it, whether a fill is in progress.</summary>
public sealed record StartPage(FormPaths Paths, FormDefinition Form, int StepCount, AccessProblem Problem, bool HasFillInProgress, string? ResumeUrl, bool Archived);

/// <summary>The confirmation after submitting: the reference number and what happens next.</summary>
public sealed record ConfirmationPage(Guid SubmissionId, string Reference, string FormTitle, DateTime SubmittedUtc, string? Email, bool ReceiptReady, bool SignedIn)
{
    /// <summary>The files sent with the submission, for their owner to download.</summary>
    public IReadOnlyList<UploadLink> Uploads { get; init; } = [];
}

/// <summary>A file the citizen uploaded, as a link to <see cref="FormPaths.Upload"/>.</summary>
public sealed record UploadLink(Guid Id, string FileName, long Size);
