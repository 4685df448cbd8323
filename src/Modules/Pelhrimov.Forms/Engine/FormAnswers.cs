namespace Pelhrimov.Forms.Engine;

/// <summary>
/// What a citizen answered, in normalised form (the form's values as the server accepted them), keyed by field id.
/// A repeatable section's items are in <see cref="Groups"/> under the section id, each item keyed by field id.
/// Stored as JSON with a draft and with a submission (<see cref="AnswersJson"/>).
/// </summary>
public sealed class FormAnswers
{
    public Dictionary<string, AnswerValue> Fields { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Dictionary<string, AnswerValue>>> Groups { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>
/// One answer. Exactly one part is set, by the field's type: <see cref="Text"/> for text, long text, e-mail, phone,
/// a choice's value, yes/no (<c>ano</c>/<c>ne</c>), Czech identifiers (normalised, e.g. <c>7801011234</c>,
/// <c>19-2000145399/0800</c>), numbers and amounts (invariant culture, <c>1500.5</c>) and dates (ISO <c>2026-11-29</c>);
/// <see cref="Values"/> for a multiple choice; <see cref="Address"/>; <see cref="File"/> for an upload.
/// </summary>
public sealed record AnswerValue
{
    public string? Text { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public AddressValue? Address { get; init; }

    public FileValue? File { get; init; }

    public static AnswerValue Of(string text) => new() { Text = text };
}

/// <summary>A postal address; <see cref="PostCode"/> normalised to five digits.</summary>
public sealed record AddressValue(string Street, string HouseNumber, string Town, string PostCode);

/// <summary>An uploaded file as stored: its id in the submission's attachments, name, type detected from the bytes, size, SHA-256 (hex).</summary>
public sealed record FileValue(Guid Id, string Name, string ContentType, long Size, string Sha256);
