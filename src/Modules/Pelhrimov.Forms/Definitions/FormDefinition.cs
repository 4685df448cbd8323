using System.Text.Json.Serialization;

namespace Pelhrimov.Forms.Definitions;

/// <summary>
/// A smart form as an editor built it: the JSON a town stores, exports and shares (schema: <c>/formulare/schema/v1.json</c>,
/// docs/forms.md). Steps are pages; a step has sections (a fieldset with an optional heading, possibly repeatable);
/// a section has fields. Ids of steps, sections and fields are unique across the whole form, lower-case
/// <c>[a-z][a-z0-9-]*</c>, and never reused for something else in a later version, since answers are stored under them.
/// </summary>
public sealed class FormDefinition
{
    /// <summary>The JSON Schema the definition claims to follow; informative.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>Its address: <c>/formulare/{slug}</c>.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>One or two sentences on the list of forms and at the top of the first step.</summary>
    public string? Summary { get; set; }

    /// <summary>Who may fill it in.</summary>
    public FormAccess Access { get; set; } = new();

    /// <summary>Slugs of the life situations that offer it ("Vyřídit online").</summary>
    public List<string> LifeSituations { get; set; } = [];

    /// <summary>The department the filing goes to (shown to the clerk), e.g. "Odbor finanční".</summary>
    public string? Department { get; set; }

    /// <summary>Extra words the site search should find it by.</summary>
    public List<string> Keywords { get; set; } = [];

    public List<FormStep> Steps { get; set; } = [];

    /// <summary>What the citizen confirms on the check-your-answers page before sending; null for no declaration.</summary>
    public string? Declaration { get; set; }
}

/// <summary>Who may fill a form in.</summary>
public sealed class FormAccess
{
    public AccessKind Kind { get; set; } = AccessKind.Anyone;

    /// <summary>For <see cref="AccessKind.Identified"/>: the lowest eID level (<c>low</c>, <c>substantial</c>, <c>high</c>).</summary>
    public string? MinimumLevel { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<AccessKind>))]
public enum AccessKind
{
    /// <summary>Anyone, signed in or not (e.g. reporting a broken street light).</summary>
    [JsonStringEnumMemberName("anyone")] Anyone,

    /// <summary>A signed-in citizen, with or without eID.</summary>
    [JsonStringEnumMemberName("registered")] Registered,

    /// <summary>A citizen identified by eID at <see cref="FormAccess.MinimumLevel"/> or higher.</summary>
    [JsonStringEnumMemberName("identified")] Identified,
}

/// <summary>One page of the form: "Krok 2 ze 4".</summary>
public sealed class FormStep
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    /// <summary>Plain text shown under the step's heading.</summary>
    public string? Intro { get; set; }

    /// <summary>The step is skipped unless this holds (evaluated on the server).</summary>
    public Condition? ShowWhen { get; set; }

    public List<FormSection> Sections { get; set; } = [];
}

/// <summary>A group of fields (a fieldset); repeatable when <see cref="Repeat"/> is set ("Přidat dalšího psa").</summary>
public sealed class FormSection
{
    public required string Id { get; set; }

    /// <summary>The fieldset's legend; none for a plain group.</summary>
    public string? Title { get; set; }

    public Condition? ShowWhen { get; set; }

    public RepeatRule? Repeat { get; set; }

    public List<FormField> Fields { get; set; } = [];
}

/// <summary>How a section repeats: at least <see cref="Min"/> items (≥ 1), at most <see cref="Max"/> (≤ 50).</summary>
public sealed class RepeatRule
{
    public int Min { get; set; } = 1;

    public int Max { get; set; } = 10;

    /// <summary>The button that adds an item, e.g. "Přidat dalšího psa".</summary>
    public string AddLabel { get; set; } = "Přidat další";

    /// <summary>Each item's heading; <c>{n}</c> is its number, e.g. "Pes {n}".</summary>
    public string ItemLabel { get; set; } = "Položka {n}";
}

/// <summary>One question (or a piece of information, or a computed value).</summary>
public sealed class FormField
{
    public required string Id { get; set; }

    public FieldType Type { get; set; }

    /// <summary>The label; for <see cref="FieldType.Info"/> the text itself.</summary>
    public required string Label { get; set; }

    public string? Hint { get; set; }

    public bool Required { get; set; }

    public Condition? ShowWhen { get; set; }

    /// <summary>The editor's Czech error texts; any left out gets the standard text for the field's type.</summary>
    public FieldErrors Errors { get; set; } = new();

    /// <summary>Pre-filled from the verified identity (shown as verified, not editable) or the profile (editable).</summary>
    public PrefillSource? Prefill { get; set; }

    /// <summary>Choices of <see cref="FieldType.Choice"/> and <see cref="FieldType.MultiChoice"/>.</summary>
    public List<FieldChoice> Choices { get; set; } = [];

    /// <summary>Text: most characters (default 200 for text, 5 000 for long text).</summary>
    public int? MaxLength { get; set; }

    /// <summary>Number and amount: the smallest and largest value.</summary>
    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    /// <summary>Number: decimal places allowed (default 0).</summary>
    public int? Decimals { get; set; }

    /// <summary>Date: the earliest and latest date, absolute (<c>2026-01-01</c>) or relative to today (<c>today</c>, <c>today-18y</c>, <c>today+30d</c>).</summary>
    public string? MinDate { get; set; }

    public string? MaxDate { get; set; }

    /// <summary>File: allowed content types, checked by the bytes (PDF, PNG, JPEG); default all three.</summary>
    public List<string> Accept { get; set; } = [];

    /// <summary>File: the largest file in bytes (default 5 MB, at most 20 MB).</summary>
    public long? MaxBytes { get; set; }

    /// <summary>Computed: the expression (docs/forms.md, e.g. <c>count(psi) * if(senior = "ano", 200, 1500)</c>).</summary>
    public string? Expression { get; set; }

    /// <summary>Computed: how its value is shown.</summary>
    public ValueFormat Format { get; set; } = ValueFormat.Number;
}

[JsonConverter(typeof(JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("long-text")] LongText,
    [JsonStringEnumMemberName("number")] Number,
    [JsonStringEnumMemberName("amount")] Amount,
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("phone")] Phone,
    [JsonStringEnumMemberName("choice")] Choice,
    [JsonStringEnumMemberName("multi-choice")] MultiChoice,
    [JsonStringEnumMemberName("yes-no")] YesNo,
    [JsonStringEnumMemberName("address")] Address,
    [JsonStringEnumMemberName("birth-number")] BirthNumber,
    [JsonStringEnumMemberName("ico")] Ico,
    [JsonStringEnumMemberName("bank-account")] BankAccount,
    [JsonStringEnumMemberName("microchip")] Microchip,
    [JsonStringEnumMemberName("id-card-number")] IdCardNumber,
    [JsonStringEnumMemberName("file")] File,
    [JsonStringEnumMemberName("info")] Info,
    [JsonStringEnumMemberName("computed")] Computed,
}

[JsonConverter(typeof(JsonStringEnumConverter<PrefillSource>))]
public enum PrefillSource
{
    /// <summary>Verified by eID: given and family name ("Jan Novák").</summary>
    [JsonStringEnumMemberName("identity.name")] IdentityName,
    [JsonStringEnumMemberName("identity.given-name")] IdentityGivenName,
    [JsonStringEnumMemberName("identity.family-name")] IdentityFamilyName,
    [JsonStringEnumMemberName("identity.date-of-birth")] IdentityDateOfBirth,

    /// <summary>Verified by eID: the address of permanent residence (for an address field).</summary>
    [JsonStringEnumMemberName("identity.address")] IdentityAddress,

    /// <summary>From the account's profile, editable.</summary>
    [JsonStringEnumMemberName("profile.email")] ProfileEmail,
    [JsonStringEnumMemberName("profile.phone")] ProfilePhone,
}

[JsonConverter(typeof(JsonStringEnumConverter<ValueFormat>))]
public enum ValueFormat
{
    [JsonStringEnumMemberName("number")] Number,

    /// <summary>Czech crowns: <c>1 500 Kč</c>.</summary>
    [JsonStringEnumMemberName("amount")] Amount,
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("text")] Text,
}

public sealed class FieldChoice
{
    /// <summary>What is stored, e.g. <c>senior</c>.</summary>
    public required string Value { get; set; }

    public required string Label { get; set; }

    public string? Hint { get; set; }
}

/// <summary>The editor's error texts; null ones fall back to the standard Czech text for the field type.</summary>
public sealed class FieldErrors
{
    /// <summary>The field is required and empty, e.g. "Zadejte počet psů".</summary>
    public string? Required { get; set; }

    /// <summary>The value is not of the field's kind (not a number, not a valid rodné číslo…).</summary>
    public string? Invalid { get; set; }

    /// <summary>Outside min/max, too long, too early or late, too large a file.</summary>
    public string? Range { get; set; }
}

/// <summary>
/// When a step, section or field is shown. Exactly one form: a comparison on an earlier field
/// (<see cref="Field"/> with one of <see cref="EqualTo"/>, <see cref="NotEqualTo"/>, <see cref="In"/>,
/// <see cref="Filled"/>, <see cref="GreaterThan"/>, <see cref="LessThan"/>), or a combination
/// (<see cref="All"/>, <see cref="Any"/>, <see cref="Not"/>). Inside a repeatable section a field of the same
/// section means the same item's answer.
/// </summary>
public sealed class Condition
{
    public string? Field { get; set; }

    [JsonPropertyName("equals")]
    public string? EqualTo { get; set; }

    [JsonPropertyName("notEquals")]
    public string? NotEqualTo { get; set; }

    public List<string>? In { get; set; }

    public bool? Filled { get; set; }

    public decimal? GreaterThan { get; set; }

    public decimal? LessThan { get; set; }

    public List<Condition>? All { get; set; }

    public List<Condition>? Any { get; set; }

    public Condition? Not { get; set; }
}
