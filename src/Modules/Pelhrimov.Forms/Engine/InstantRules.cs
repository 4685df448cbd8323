using System.Text.Json;
using System.Text.Json.Nodes;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine.Expressions;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// What the step page's script (<c>wwwroot/js/form-instant.js</c>, ADR 0044) needs to re-evaluate, in the browser, the
/// conditions and calculations that read answers of the same step: which rules read the step, the rules as data, and
/// the values the server already knows (answers of other steps, verified pre-fill). Rules that read only other steps
/// stay resolved by the server, as without JavaScript.
/// </summary>
public static class InstantRules
{
    private static readonly JsonSerializerOptions Compact = new(DefinitionJson.Options) { WriteIndented = false };

    /// <summary>Whether a condition reads a field of <paramref name="step"/>.</summary>
    public static bool ReadsStep(FormDefinition form, FormStep step, Condition? condition) =>
        condition is not null && ConditionFields(condition).Any(id => OnStep(form, step, id));

    /// <summary>Whether a computed field's calculation reads a field or repeatable section of <paramref name="step"/>.</summary>
    public static bool ReadsStep(FormDefinition form, FormStep step, FormField field) =>
        field.Type == FieldType.Computed && ExprParser.Parse(field.Expression).References.Any(r => OnStep(form, step, r.Id));

    /// <summary>The condition as the definition writes it (compact JSON), for a <c>data-show-when</c> attribute.</summary>
    public static string ConditionJson(Condition condition) => JsonSerializer.Serialize(condition, Compact);

    /// <summary>
    /// The page data (<c>data-instant</c>): today, every field's type and repeatable section, and the values of the
    /// fields the step's rules read that have no input on the page; null when no rule of the step reads the step.
    /// </summary>
    public static string? PageData(FormDefinition form, FormStep step, FormAnswers answers, FillContext context)
    {
        var fields = step.Sections.SelectMany(s => s.Fields).ToList();
        var reads = step.Sections.Any(s => ReadsStep(form, step, s.ShowWhen))
            || fields.Any(f => ReadsStep(form, step, f.ShowWhen) || ReadsStep(form, step, f));
        if (!reads)
        {
            return null;
        }
        var state = new FillState(form, answers, context);
        var ids = step.Sections.SelectMany(s => ConditionIds(s.ShowWhen))
            .Concat(fields.SelectMany(f => ConditionIds(f.ShowWhen).Concat(ExpressionIds(f))))
            .ToHashSet(StringComparer.Ordinal);
        var types = new JsonObject();
        var known = new JsonObject();
        var groups = new JsonObject();
        foreach (var place in state.Map.All)
        {
            types[place.Field.Id] = new JsonArray(JsonSerializer.SerializeToNode(place.Field.Type, Compact), place.GroupId);
        }
        foreach (var id in ids)
        {
            if (state.Map.Fields.TryGetValue(id, out var place) && place.GroupId is null
                && (place.Step != step || Prefill.Verified(place.Field, context) is not null))
            {
                known[id] = Json(state.ValueOf(id, null, null));
            }
            else if (state.Map.Sections.TryGetValue(id, out var section) && section.Step != step && section.Section.Repeat is not null)
            {
                var count = state.IsSectionVisible(section.Section) ? state.ItemCount(id) : 0;
                groups[id] = new JsonArray([.. Enumerable.Range(0, count).Select(i => Item(state, section.Section, i))]);
            }
        }
        var data = new JsonObject
        {
            ["today"] = context.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["types"] = types,
            ["known"] = known,
            ["groups"] = groups,
        };
        return data.ToJsonString(Compact);
    }

    private static JsonObject Item(FillState state, FormSection section, int index)
    {
        var item = new JsonObject();
        foreach (var field in section.Fields)
        {
            item[field.Id] = Json(state.ValueOf(field.Id, section.Id, index));
        }
        return item;
    }

    /// <summary>An answer as the script reads one: its text, the chosen values, <c>true</c> for a filled address or file, or null.</summary>
    private static JsonNode? Json(AnswerValue? value) => value switch
    {
        { Text: { } text } => JsonValue.Create(text),
        { Values: { } values } => new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]),
        { Address: not null } or { File: not null } => JsonValue.Create(true),
        _ => null,
    };

    private static bool OnStep(FormDefinition form, FormStep step, string id)
    {
        var map = FormMap.Of(form);
        return (map.Fields.TryGetValue(id, out var place) && place.Step == step)
            || (map.Sections.TryGetValue(id, out var section) && section.Step == step);
    }

    private static IEnumerable<string> ConditionIds(Condition? condition) => condition is null ? [] : ConditionFields(condition);

    private static IEnumerable<string> ExpressionIds(FormField field) => field.Type == FieldType.Computed
        ? ExprParser.Parse(field.Expression).References.Select(r => r.Id)
        : [];

    private static IEnumerable<string> ConditionFields(Condition condition)
    {
        var own = condition.Field is { } field ? [field] : Enumerable.Empty<string>();
        var nested = (condition.All ?? []).Concat(condition.Any ?? []).Concat(condition.Not is { } not ? [not] : []);
        return own.Concat(nested.SelectMany(ConditionFields));
    }
}
