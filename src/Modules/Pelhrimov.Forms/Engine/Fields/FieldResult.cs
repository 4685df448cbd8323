namespace Pelhrimov.Forms.Engine.Fields;

/// <summary>A field's input read: its normalised value (null when empty or invalid) or the Czech error, and which part of a composite input (an address's <c>psc</c>) the error belongs to.</summary>
public readonly record struct FieldResult(AnswerValue? Value, string? Error, string? ErrorPart = null)
{
    public static readonly FieldResult Empty = new(null, null);

    public static FieldResult Ok(string text) => new(AnswerValue.Of(text), null);

    public static FieldResult Fail(string error, string? part = null) => new(null, error, part);
}
