using System.Globalization;
using Microsoft.Extensions.Primitives;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Forms.Filling;

/// <summary>One input as the step page renders it: its name, what is in it, its error and whether eID verified it.</summary>
/// <param name="Name">The HTML input name (<c>pocet</c>, <c>psi[1].jmeno</c>); address parts add <c>.ulice</c> etc.</param>
/// <param name="Value">The text in the input: what was posted when the step is shown with errors, else the stored answer for editing.</param>
/// <param name="Values">The chosen values of a multiple choice.</param>
/// <param name="Parts">An address's four parts by suffix (<c>ulice</c>, <c>cislo</c>, <c>obec</c>, <c>psc</c>).</param>
/// <param name="VerifiedText">The verified value shown instead of an input; null when the field is not verified pre-fill.</param>
public sealed record FieldView(
    FormField Field,
    string Name,
    string? Value,
    IReadOnlyList<string> Values,
    IReadOnlyDictionary<string, string?> Parts,
    FileValue? File,
    string? Error,
    string? VerifiedText,
    string? Computed)
{
    public static readonly string[] AddressParts = ["ulice", "cislo", "obec", "psc"];

    /// <summary>The condition (JSON) the browser re-evaluates as the step is answered; null when the server resolved it (ADR 0044).</summary>
    public string? ShowWhen { get; init; }

    /// <summary>Rendered for the browser's script but hidden now (the <c>hidden</c> attribute): its condition reads this step and fails.</summary>
    public bool Hidden { get; init; }

    /// <summary>A computed field whose calculation reads this step: the browser recomputes it as the step is answered.</summary>
    public bool Instant { get; init; }
}

/// <summary>A section as rendered: its fields, or its items when it repeats.</summary>
public sealed record SectionView(FormSection Section, IReadOnlyList<FieldView> Fields, IReadOnlyList<SectionItemView> Items)
{
    public bool Repeats => Section.Repeat is not null;

    public bool CanAdd => Section.Repeat is { } rule && Items.Count < rule.Max;

    public bool CanRemove => Section.Repeat is { } rule && Items.Count > rule.Min;

    /// <summary>The condition (JSON) the browser re-evaluates as the step is answered; null when the server resolved it.</summary>
    public string? ShowWhen { get; init; }

    /// <summary>Rendered for the browser's script but hidden now: its condition reads this step and fails.</summary>
    public bool Hidden { get; init; }
}

/// <summary>One item of a repeatable section: "Pes 2" and its fields.</summary>
public sealed record SectionItemView(int Index, string Label, IReadOnlyList<FieldView> Fields);

/// <summary>Everything the step page shows. <see cref="Errors"/> feed the error summary and the inline messages.</summary>
public sealed record StepPage(
    FormPaths Paths,
    FormDefinition Form,
    int Version,
    FormStep Step,
    int StepNumber,
    int StepCount,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<FieldError> Errors,
    string? BackUrl,
    bool ReturnToCheck,
    bool CanSaveForLater,
    bool HasFiles,
    string? Notice)
{
    /// <summary>The data of <c>form-instant.js</c> (<see cref="InstantRules.PageData"/>); null when no rule of the step reads the step.</summary>
    public string? InstantData { get; init; }
}

/// <summary>Builds <see cref="StepPage"/>'s sections from the definition, the stored answers and (after a failed post) what was posted.</summary>
public sealed class StepPageBuilder(IFormEngine engine)
{
    public IReadOnlyList<SectionView> Sections(
        FormDefinition form,
        FormStep step,
        FormAnswers answers,
        IReadOnlyDictionary<string, StringValues>? posted,
        IReadOnlyList<FieldError> errors,
        FillContext context,
        bool instant = false)
    {
        var computed = engine.Compute(form, answers, context);
        var errorByName = errors.GroupBy(e => e.InputName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)), StringComparer.Ordinal);
        var result = new List<SectionView>();
        foreach (var section in step.Sections)
        {
            var sectionRule = Rule(form, step, section.ShowWhen, instant);
            var sectionShown = engine.IsVisible(form, section.ShowWhen, answers, null, null, context);
            if (!sectionShown && sectionRule is null)
            {
                continue;
            }
            if (section.Repeat is { } rule)
            {
                var stored = answers.Groups.TryGetValue(section.Id, out var list) ? list : [];
                var count = Math.Clamp(stored.Count, rule.Min, rule.Max);
                var items = new List<SectionItemView>();
                for (var i = 0; i < count; i++)
                {
                    var item = i < stored.Count ? stored[i] : [];
                    var index = i;
                    var fields = section.Fields
                        .Select(f => Shown(form, step, f, engine.IsVisible(form, f.ShowWhen, answers, section.Id, index, context), instant,
                            () => Field(f, $"{section.Id}[{index}].{f.Id}", item.GetValueOrDefault(f.Id), posted, errorByName, computed, context)))
                        .OfType<FieldView>()
                        .ToList();
                    items.Add(new SectionItemView(i, rule.ItemLabel.Replace("{n}", (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), fields));
                }
                result.Add(new SectionView(section, [], items) { ShowWhen = sectionRule, Hidden = !sectionShown });
            }
            else
            {
                var fields = section.Fields
                    .Select(f => Shown(form, step, f, engine.IsVisible(form, f.ShowWhen, answers, null, null, context), instant,
                        () => Field(f, f.Id, answers.Fields.GetValueOrDefault(f.Id), posted, errorByName, computed, context)))
                    .OfType<FieldView>()
                    .ToList();
                result.Add(new SectionView(section, fields, []) { ShowWhen = sectionRule, Hidden = !sectionShown });
            }
        }
        return result;
    }

    /// <summary>A field as rendered: shown, rendered hidden for the browser's script (its condition reads this step), or left out.</summary>
    private static FieldView? Shown(FormDefinition form, FormStep step, FormField field, bool shown, bool instant, Func<FieldView> view)
    {
        var rule = Rule(form, step, field.ShowWhen, instant);
        if (!shown && rule is null)
        {
            return null;
        }
        return view() with { ShowWhen = rule, Hidden = !shown, Instant = instant && InstantRules.ReadsStep(form, step, field) };
    }

    private static string? Rule(FormDefinition form, FormStep step, Condition? condition, bool instant) =>
        instant && InstantRules.ReadsStep(form, step, condition) ? InstantRules.ConditionJson(condition!) : null;

    private FieldView Field(
        FormField field,
        string name,
        AnswerValue? stored,
        IReadOnlyDictionary<string, StringValues>? posted,
        Dictionary<string, string> errors,
        IReadOnlyDictionary<string, decimal?> computed,
        FillContext context)
    {
        var verified = engine.IsVerifiedPrefill(field, context) ? engine.Display(field, stored) : null;
        var error = errors.GetValueOrDefault(name);
        if (field.Type == FieldType.Address)
        {
            error ??= string.Join(" ", FieldView.AddressParts.Select(p => errors.GetValueOrDefault($"{name}.{p}")).Where(e => e is not null));
            var parts = FieldView.AddressParts.ToDictionary(
                p => p,
                p => posted is not null ? (string?)posted.GetValueOrDefault($"{name}.{p}").ToString() : AddressPart(stored?.Address, p),
                StringComparer.Ordinal);
            return new FieldView(field, name, null, [], parts, null, NullIfEmpty(error), verified, null);
        }
        var computedText = field.Type == FieldType.Computed
            ? (computed.GetValueOrDefault(name) is { } number ? FormatComputed(field, number) : null)
            : null;
        var values = posted is not null
            ? posted.GetValueOrDefault(name).Where(v => v is not null).Select(v => v!).ToList()
            : stored?.Values?.ToList() ?? (stored?.Text is { } one && field.Type == FieldType.MultiChoice ? [one] : []);
        var value = posted is not null ? posted.GetValueOrDefault(name).ToString() : EditText(field, stored);
        return new FieldView(field, name, value, values, new Dictionary<string, string?>(), stored?.File, error, verified, computedText);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string? AddressPart(AddressValue? address, string part) => address is null ? null : part switch
    {
        "ulice" => address.Street,
        "cislo" => address.HouseNumber,
        "obec" => address.Town,
        _ => address.PostCode,
    };

    /// <summary>A stored answer as the citizen would type it again: <c>29. 11. 2026</c>, <c>1 500,5</c>.</summary>
    public static string? EditText(FormField field, AnswerValue? stored)
    {
        if (stored?.Text is not { } text)
        {
            return null;
        }
        return field.Type switch
        {
            FieldType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
                date.ToString("d. M. yyyy", CzechFormat.Culture),
            FieldType.Number or FieldType.Amount when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) =>
                number.ToString("#,0.##", CzechFormat.Culture).Replace('\u00A0', ' '),
            _ => text,
        };
    }

    public static string FormatComputed(FormField field, decimal value) => field.Format switch
    {
        ValueFormat.Amount => CzechFormat.Money(value),
        _ => value.ToString("#,0.##", CzechFormat.Culture),
    };
}
