namespace Pelhrimov.Forms.Receipts;

/// <summary>
/// Everything a PDF receipt shows, already in words: the renderer formats only the date, sizes and page numbers and
/// interprets nothing (answers are text, never markup). Built by the submission from the frozen form version.
/// </summary>
public sealed record ReceiptModel
{
    /// <summary>The town as it calls itself in the heading, e.g. "Město Pelhřimov".</summary>
    public required string TownName { get; init; }

    public required string FormTitle { get; init; }

    /// <summary>The frozen version the form was filled under.</summary>
    public required int FormVersion { get; init; }

    /// <summary>The submission's reference number, e.g. <c>PE-2026-000123</c>.</summary>
    public required string ReferenceNumber { get; init; }

    /// <summary>When the submission was stored (UTC); shown in Prague time.</summary>
    public required DateTime SubmittedAtUtc { get; init; }

    /// <summary>The submitter's name; null for an anonymous submission ("Anonymní podání").</summary>
    public string? SubmitterName { get; init; }

    /// <summary>The answers as the check-your-answers page shows them: visible steps, sections and rows only.</summary>
    public IReadOnlyList<ReceiptStep> Steps { get; init; } = [];

    public IReadOnlyList<ReceiptAttachment> Attachments { get; init; } = [];

    /// <summary>The SHA-256 of the submission as stored (64 hex digits).</summary>
    public required string SubmissionSha256 { get; init; }
}

/// <summary>One step of the form ("Údaje o psovi") with its sections.</summary>
public sealed record ReceiptStep(string Title, IReadOnlyList<ReceiptSection> Sections);

/// <summary>A section; <paramref name="Title"/> is null for a plain group, "Pes 2" for a repeatable item.</summary>
public sealed record ReceiptSection(string? Title, IReadOnlyList<ReceiptRow> Rows);

/// <summary>One answer: the field's label and its displayed value (any length, may span lines).</summary>
public sealed record ReceiptRow(string Label, string Value);

/// <summary>An attached file: name as uploaded, type detected from its bytes, size in bytes, SHA-256 (hex).</summary>
public sealed record ReceiptAttachment(string Name, string ContentType, long Size, string Sha256);
