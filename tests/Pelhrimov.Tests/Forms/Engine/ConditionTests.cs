using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>Every form of a condition, evaluated on the answers the server holds.</summary>
public sealed class ConditionTests
{
    private static readonly FormDefinition Form = SampleForms.Read("""
    {
      "slug": "podminky", "title": "Podmínky",
      "steps": [ { "id": "krok-1", "title": "Krok", "sections": [ { "id": "oddil", "fields": [
        { "id": "druh", "type": "choice", "label": "Druh", "choices": [ { "value": "pes", "label": "Pes" }, { "value": "kocka", "label": "Kočka" }, { "value": "jiny", "label": "Jiný" } ] },
        { "id": "pocet", "type": "number", "label": "Počet" },
        { "id": "zajmy", "type": "multi-choice", "label": "Zájmy", "choices": [ { "value": "sport", "label": "Sport" }, { "value": "kultura", "label": "Kultura" } ] },
        { "id": "poznamka", "type": "text", "label": "Poznámka" }
      ] } ] } ]
    }
    """);

    private static bool Holds(string conditionJson, params (string Id, AnswerValue Value)[] values)
    {
        var condition = System.Text.Json.JsonSerializer.Deserialize<Condition>(conditionJson, DefinitionJson.Options)!;
        var answers = new FormAnswers();
        foreach (var (id, value) in values)
        {
            answers.Fields[id] = value;
        }
        return Posts.Engine.IsVisible(Form, condition, answers, null, null, SampleForms.Anonymous());
    }

    private static readonly (string, AnswerValue) Dog = ("druh", AnswerValue.Of("pes"));
    private static readonly (string, AnswerValue) Three = ("pocet", AnswerValue.Of("3"));

    [Fact]
    public void Equals_and_not_equals_compare_the_stored_value()
    {
        Assert.True(Holds("""{ "field": "druh", "equals": "pes" }""", Dog));
        Assert.False(Holds("""{ "field": "druh", "equals": "kocka" }""", Dog));
        Assert.False(Holds("""{ "field": "druh", "equals": "pes" }"""));
        Assert.True(Holds("""{ "field": "druh", "notEquals": "kocka" }""", Dog));
        Assert.True(Holds("""{ "field": "druh", "notEquals": "kocka" }"""));
        Assert.True(Holds("""{ "field": "pocet", "equals": "3.0" }""", Three));
    }

    [Fact]
    public void In_holds_for_any_of_the_values_and_for_a_multiple_choice_containing_one()
    {
        Assert.True(Holds("""{ "field": "druh", "in": ["kocka", "pes"] }""", Dog));
        Assert.False(Holds("""{ "field": "druh", "in": ["kocka", "jiny"] }""", Dog));
        var interests = ("zajmy", new AnswerValue { Values = ["sport", "kultura"] });
        Assert.True(Holds("""{ "field": "zajmy", "equals": "kultura" }""", interests));
        Assert.False(Holds("""{ "field": "zajmy", "in": ["hudba"] }""", interests));
    }

    [Fact]
    public void Filled_tells_an_answered_field_from_an_empty_one()
    {
        Assert.True(Holds("""{ "field": "poznamka", "filled": true }""", ("poznamka", AnswerValue.Of("x"))));
        Assert.False(Holds("""{ "field": "poznamka", "filled": true }"""));
        Assert.True(Holds("""{ "field": "poznamka", "filled": false }"""));
    }

    [Fact]
    public void Greater_than_and_less_than_compare_numbers()
    {
        Assert.True(Holds("""{ "field": "pocet", "greaterThan": 2 }""", Three));
        Assert.False(Holds("""{ "field": "pocet", "greaterThan": 3 }""", Three));
        Assert.True(Holds("""{ "field": "pocet", "lessThan": 3.5 }""", Three));
        Assert.False(Holds("""{ "field": "pocet", "lessThan": 3.5 }"""));
    }

    [Fact]
    public void All_any_and_not_combine_conditions()
    {
        Assert.True(Holds("""{ "all": [ { "field": "druh", "equals": "pes" }, { "field": "pocet", "greaterThan": 1 } ] }""", Dog, Three));
        Assert.False(Holds("""{ "all": [ { "field": "druh", "equals": "pes" }, { "field": "pocet", "greaterThan": 5 } ] }""", Dog, Three));
        Assert.True(Holds("""{ "any": [ { "field": "druh", "equals": "kocka" }, { "field": "pocet", "greaterThan": 1 } ] }""", Dog, Three));
        Assert.False(Holds("""{ "any": [ { "field": "druh", "equals": "kocka" }, { "field": "pocet", "greaterThan": 5 } ] }""", Dog, Three));
        Assert.True(Holds("""{ "not": { "field": "druh", "equals": "kocka" } }""", Dog));
        Assert.False(Holds("""{ "not": { "any": [ { "field": "druh", "equals": "pes" } ] } }""", Dog));
    }

    [Fact]
    public void Inside_a_repeatable_section_a_field_of_the_same_section_means_the_same_item()
    {
        var form = SampleForms.Dog();
        var answers = new FormAnswers();
        answers.Groups["pes"] =
        [
            new() { ["plemeno"] = AnswerValue.Of("maly") },
            new() { ["plemeno"] = AnswerValue.Of("velky") },
        ];
        Assert.False(Posts.Engine.IsFieldVisible(form, "vakcinace", 0, answers, SampleForms.Anonymous()));
        Assert.True(Posts.Engine.IsFieldVisible(form, "vakcinace", 1, answers, SampleForms.Anonymous()));
    }

    [Fact]
    public void A_condition_on_a_hidden_field_sees_no_value()
    {
        var form = SampleForms.Read("""
        { "slug": "skryte", "title": "Skryté", "steps": [ { "id": "k", "title": "K", "sections": [ { "id": "o", "fields": [
            { "id": "a", "type": "yes-no", "label": "A" },
            { "id": "b", "type": "text", "label": "B", "showWhen": { "field": "a", "equals": "ano" } },
            { "id": "c", "type": "text", "label": "C", "showWhen": { "field": "b", "filled": true } }
        ] } ] } ] }
        """);
        var answers = new FormAnswers();
        answers.Fields["a"] = AnswerValue.Of("ne");
        answers.Fields["b"] = AnswerValue.Of("zůstalo z dřívějška");
        Assert.False(Posts.Engine.IsFieldVisible(form, "c", null, answers, SampleForms.Anonymous()));
    }

    [Fact]
    public void A_step_whose_condition_fails_is_skipped()
    {
        var form = SampleForms.Read("""
        { "slug": "kroky", "title": "Kroky", "steps": [
            { "id": "prvni", "title": "1", "sections": [ { "id": "o1", "fields": [ { "id": "firma", "type": "yes-no", "label": "Jste firma?" } ] } ] },
            { "id": "firma-udaje", "title": "2", "showWhen": { "field": "firma", "equals": "ano" }, "sections": [ { "id": "o2", "fields": [ { "id": "ico", "type": "ico", "label": "IČO" } ] } ] },
            { "id": "konec", "title": "3", "sections": [ { "id": "o3", "fields": [ { "id": "pozn", "type": "text", "label": "Poznámka" } ] } ] }
        ] }
        """);
        var answers = new FormAnswers();
        answers.Fields["firma"] = AnswerValue.Of("ne");
        Assert.Equal(["prvni", "konec"], Posts.Engine.VisibleSteps(form, answers, SampleForms.Anonymous()).Select(s => s.Id));
        answers.Fields["firma"] = AnswerValue.Of("ano");
        Assert.Equal(3, Posts.Engine.VisibleSteps(form, answers, SampleForms.Anonymous()).Count);
    }

    [Fact]
    public void Conditions_that_read_each_other_are_evaluated_once_each()
    {
        // Each field is shown when the two before it are filled: evaluated naively that is 2^60 steps.
        var fields = Enumerable.Range(0, 60).Select(i => i < 2
            ? $$"""{ "id": "f{{i}}", "type": "text", "label": "F{{i}}" }"""
            : $$"""{ "id": "f{{i}}", "type": "text", "label": "F{{i}}", "showWhen": { "all": [ { "field": "f{{i - 1}}", "filled": true }, { "field": "f{{i - 2}}", "filled": true } ] } }""");
        var form = SampleForms.Read($$"""{ "slug": "retez", "title": "Řetěz", "steps": [ { "id": "k", "title": "K", "sections": [ { "id": "o", "fields": [ {{string.Join(",", fields)}} ] } ] } ] }""");
        var inputs = Enumerable.Range(0, 60).Select(i => ($"f{i}", "x")).ToArray();

        var outcome = Posts.Apply(form, "k", inputs);

        Assert.Equal(60, outcome.Answers.Fields.Count);
        Assert.Empty(Posts.Engine.Validate(form, outcome.Answers, SampleForms.Anonymous()));
    }
}
