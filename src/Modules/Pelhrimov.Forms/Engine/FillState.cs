using System.Globalization;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine.Expressions;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// One set of answers seen through its definition: which steps, sections and fields are shown, and what each field's
/// value is for conditions and calculations (a hidden field has none; an identity pre-filled one has the verified value;
/// a computed one its result). Everything is derived from the answers the server holds, never from what a post claims.
/// </summary>
internal sealed class FillState(FormDefinition form, FormAnswers answers, FillContext context)
{
    // Definitions from the reader reference only earlier fields; this only stops a hand-made cyclic one
    // (a chain of conditions costs about three levels per field).
    private const int MaxDepth = 600;

    private int depth;

    // Visibility and computed values per (field, item) and per section, so that conditions that read each other stay
    // linear. Both depend only on earlier fields, so they stay true while StepApplier sets values in the form's order.
    private readonly Dictionary<(string, int?), bool> visible = [];
    private readonly Dictionary<(string, int?), ExprValue> computed = [];
    private readonly Dictionary<string, bool> sections = new(StringComparer.Ordinal);

    public FormMap Map { get; } = FormMap.Of(form);

    public FormAnswers Answers => answers;

    public FillContext Context => context;

    public bool IsStepVisible(FormStep step) => Holds(step.ShowWhen, null, null);

    public bool IsSectionVisible(FormSection section)
    {
        if (!sections.TryGetValue(section.Id, out var shown))
        {
            shown = Map.Sections.TryGetValue(section.Id, out var place) && IsStepVisible(place.Step) && Holds(section.ShowWhen, null, null);
            sections[section.Id] = shown;
        }
        return shown;
    }

    public bool IsVisible(FieldPlace place, int? item)
    {
        if (!visible.TryGetValue((place.Field.Id, item), out var shown))
        {
            shown = IsSectionVisible(place.Section) && Holds(place.Field.ShowWhen, place.GroupId, item);
            visible[(place.Field.Id, item)] = shown;
        }
        return shown;
    }


    /// <summary>How many items a repeatable section holds.</summary>
    public int ItemCount(string sectionId) => answers.Groups.TryGetValue(sectionId, out var items) ? items.Count : 0;

    /// <summary>The answer as stored (no visibility), for the field at the top level or in the given item.</summary>
    public AnswerValue? Stored(FieldPlace place, int? item)
    {
        if (place.GroupId is null)
        {
            return answers.Fields.GetValueOrDefault(place.Field.Id);
        }
        return item is { } i && answers.Groups.TryGetValue(place.GroupId, out var items) && i >= 0 && i < items.Count
            ? items[i].GetValueOrDefault(place.Field.Id)
            : null;
    }

    /// <summary>
    /// The value of <paramref name="fieldId"/> as seen from a scope (the top level, or item <paramref name="item"/> of
    /// <paramref name="groupId"/>): null when hidden, unanswered, or in a repeatable section other than the scope's.
    /// </summary>
    public AnswerValue? ValueOf(string fieldId, string? groupId, int? item)
    {
        if (!Map.Fields.TryGetValue(fieldId, out var place) || !Enter())
        {
            return null;
        }
        try
        {
            var ownItem = place.GroupId is null ? null : place.GroupId == groupId ? item : null;
            if (place.GroupId is not null && ownItem is null)
            {
                return null;
            }
            if (!IsVisible(place, ownItem))
            {
                return null;
            }
            if (place.Field.Type == FieldType.Computed)
            {
                var result = Compute(place, ownItem);
                return result.Kind == ExprKind.Null ? null : AnswerValue.Of(result.ToString());
            }
            return Prefill.Verified(place.Field, context) ?? Stored(place, ownItem);
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>A computed field's result in its scope.</summary>
    public ExprValue Compute(FieldPlace place, int? item)
    {
        if (computed.TryGetValue((place.Field.Id, item), out var known))
        {
            return known;
        }
        var parsed = ExprParser.Parse(place.Field.Expression);
        if (parsed.Root is null || !Enter())
        {
            return ExprValue.Null;
        }
        try
        {
            var result = ExprEvaluator.Evaluate(parsed.Root, new Scope(this, place.GroupId, item));
            computed[(place.Field.Id, item)] = result;
            return result;
        }
        finally
        {
            depth--;
        }
    }

    public bool Holds(Condition? condition, string? groupId, int? item)
    {
        if (condition is null)
        {
            return true;
        }
        if (!Enter())
        {
            return false;
        }
        try
        {
            return ConditionEvaluator.Holds(condition, id => ValueOf(id, groupId, item), sub => Holds(sub, groupId, item));
        }
        finally
        {
            depth--;
        }
    }

    private bool Enter()
    {
        if (depth >= MaxDepth)
        {
            return false;
        }
        depth++;
        return true;
    }

    /// <summary>A field's answer as a calculation value, by the field's type.</summary>
    public static ExprValue ToExpr(FormField field, AnswerValue? value)
    {
        if (value?.Text is not { } text)
        {
            return ExprValue.Null;
        }
        return field.Type switch
        {
            FieldType.Number or FieldType.Amount or FieldType.Computed =>
                decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? ExprValue.Of(n) : ExprValue.Null,
            FieldType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? ExprValue.Of(d)
                : ExprValue.Null,
            _ => ExprValue.Of(text),
        };
    }

    private sealed class Scope(FillState state, string? groupId, int? item) : IExprScope
    {
        public DateOnly Today => state.Context.Today;

        public ExprValue Field(string id) =>
            state.Map.Fields.TryGetValue(id, out var place) ? ToExpr(place.Field, state.ValueOf(id, groupId, item)) : ExprValue.Null;

        public int Count(string sectionId) =>
            state.Map.Sections.TryGetValue(sectionId, out var place) && state.IsSectionVisible(place.Section) ? state.ItemCount(sectionId) : 0;

        public IEnumerable<ExprValue> Items(string sectionId, string fieldId)
        {
            if (!state.Map.Fields.TryGetValue(fieldId, out var place) || place.GroupId != sectionId)
            {
                return [];
            }
            return Enumerable.Range(0, Count(sectionId)).Select(i => ToExpr(place.Field, state.ValueOf(fieldId, sectionId, i))).ToList();
        }
    }
}
