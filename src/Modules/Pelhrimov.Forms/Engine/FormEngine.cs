using Microsoft.Extensions.Primitives;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine;

/// <summary>Who is filling in and what is known about them: the pre-fill and the access check read it.</summary>
/// <param name="AccountId">The signed-in citizen account; null for an anonymous visitor.</param>
/// <param name="Verified">What eID verified (name, date of birth, address, level); null when not identified.</param>
/// <param name="Email">The profile's e-mail, editable pre-fill.</param>
/// <param name="Phone">The profile's phone, editable pre-fill.</param>
/// <param name="Today">Today in the town's time zone (relative date limits, ages, part of the year).</param>
public sealed record FillContext(Guid? AccountId, VerifiedCitizen? Verified, string? Email, string? Phone, DateOnly Today);

/// <summary>An upload as the request brought it, before it is stored.</summary>
/// <param name="InputName">The form input it came in (e.g. <c>foto</c> or <c>psi[1].ockovani</c>).</param>
/// <param name="FileName">The name the browser sent.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Head">Its first bytes (at least 16), from which the type is detected.</param>
public sealed record UploadedFile(string InputName, string FileName, long Length, ReadOnlyMemory<byte> Head)
{
    /// <summary>The content type the browser declared, if any; refused when it disagrees with the bytes.</summary>
    public string? DeclaredType { get; init; }
}

/// <summary>An error on one input: its HTML input name (the error summary links to <c>#{InputName}</c>) and the Czech message.</summary>
public sealed record FieldError(string StepId, string InputName, string Message);

/// <summary>What posting one step gave: the answers with this step's values replaced, and the errors (empty when valid).</summary>
public sealed record StepOutcome(FormAnswers Answers, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>
    /// The post added or removed a repeatable item (<c>pridat</c>/<c>odebrat</c>): show the same step again from
    /// <see cref="Answers"/> (valid values kept; required ones not reported yet) instead of going on.
    /// </summary>
    public bool ItemsChanged { get; init; }
}

/// <summary>
/// The server's authority over a form: which steps and fields are shown, what a posted step means, whether a whole
/// set of answers is valid against a (frozen) definition, and the computed values. Pure: no I/O, no clock other
/// than <see cref="FillContext.Today"/>. Input names: a field's id at the top level, <c>{section}[{index}].{field}</c>
/// in a repeatable section (index from 0), address parts <c>{name}.ulice</c>, <c>{name}.cislo</c>, <c>{name}.obec</c>,
/// <c>{name}.psc</c>.
/// </summary>
public interface IFormEngine
{
    /// <summary>The steps shown for these answers, in order (a step whose condition fails is skipped).</summary>
    IReadOnlyList<FormStep> VisibleSteps(FormDefinition form, FormAnswers answers, FillContext context);

    /// <summary>Whether a section or field is shown; <paramref name="item"/> is the repeatable item's index, if inside one.</summary>
    bool IsVisible(FormDefinition form, Condition? condition, FormAnswers answers, string? groupId, int? item, FillContext context);

    /// <summary>
    /// Reads one step's posted values into a copy of <paramref name="answers"/>: parses and normalises each visible
    /// field, validates it, ignores inputs of hidden fields and inputs the step does not have, adds or removes a
    /// repeatable item when the post asks so (<c>pridat={section}</c>, <c>odebrat={section}[{index}]</c>; never beyond
    /// the rule's min/max), and takes pre-filled identity values from <paramref name="context"/>, never from the post.
    /// Files are validated here (type by the bytes, size); the caller stores them and puts their <see cref="FileValue"/>
    /// in through <paramref name="storedFiles"/> (by input name) when the step is valid.
    /// </summary>
    StepOutcome ApplyStep(
        FormDefinition form,
        FormStep step,
        IReadOnlyDictionary<string, StringValues> posted,
        IReadOnlyList<UploadedFile> uploads,
        IReadOnlyDictionary<string, FileValue> storedFiles,
        FormAnswers answers,
        FillContext context);

    /// <summary>
    /// Validates complete answers against the definition, as at submission: every visible step and field, required
    /// ones present, every value valid and within its limits, no answer for a hidden field, repeatable items within
    /// the rule. Empty when valid.
    /// </summary>
    IReadOnlyList<FieldError> Validate(FormDefinition form, FormAnswers answers, FillContext context);

    /// <summary>The answers with values of hidden fields, steps and sections removed and identity pre-fill applied.</summary>
    FormAnswers Clean(FormDefinition form, FormAnswers answers, FillContext context);

    /// <summary>The computed fields' values (field id → value; inside a repeatable section <c>{section}[{index}].{field}</c>); null where not computable yet.</summary>
    IReadOnlyDictionary<string, decimal?> Compute(FormDefinition form, FormAnswers answers, FillContext context);

    /// <summary>The answers a fresh fill starts with: identity pre-fill (verified), profile pre-fill (editable), each repeatable section's least number of items.</summary>
    FormAnswers Start(FormDefinition form, FillContext context);

    /// <summary>Whether the field shows a value verified by eID: not editable, marked as verified, never read from a post.</summary>
    bool IsVerifiedPrefill(FormField field, FillContext context);

    /// <summary>Whether a field (at the top level, or in item <paramref name="item"/> of its repeatable section) is shown, its step and section included.</summary>
    bool IsFieldVisible(FormDefinition form, string fieldId, int? item, FormAnswers answers, FillContext context);

    /// <summary>The answer shown to people (check-your-answers, admin, PDF, e-mail): Czech formatting, choice labels, <c>1 500 Kč</c>, <c>29. 11. 2026</c>.</summary>
    string Display(FormField field, AnswerValue? value);
}
