using System.Text.Json.Nodes;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>Reading definitions: the JSON Schema, then the rules a schema cannot say, each problem in Czech at its JSON path.</summary>
public sealed class FormDefinitionReaderTests
{
    private static IReadOnlyList<DefinitionProblem> Problems(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(SampleForms.DogRegistration)!;
        change(node);
        var result = FormDefinitionReader.Read(node.ToJsonString());
        Assert.False(result.IsValid);
        Assert.Null(result.Form);
        return result.Problems;
    }

    private static JsonNode Field(JsonNode form, int step, int section, int field) => form["steps"]![step]!["sections"]![section]!["fields"]![field]!;

    [Fact]
    public void A_written_definition_reads_back_equal()
    {
        var form = SampleForms.Dog();
        var written = FormDefinitionReader.Write(form);
        var again = FormDefinitionReader.Read(written);

        Assert.True(again.IsValid);
        Assert.Equal(written, FormDefinitionReader.Write(again.Form!));
        Assert.Contains("\"type\": \"birth-number\"", FormDefinitionReader.Write(new FormDefinition
        {
            Slug = "x", Title = "x",
            Steps = [new FormStep { Id = "k", Title = "K", Sections = [new FormSection { Id = "o", Fields = [new FormField { Id = "rc", Label = "RČ", Type = FieldType.BirthNumber }] }] }],
        }));
        Assert.Contains("Přidat dalšího psa", written);
        Assert.DoesNotContain("\"required\": false", written);
    }

    [Fact]
    public void The_schema_is_published_with_czech_descriptions()
    {
        var schema = JsonNode.Parse(FormDefinitionReader.SchemaJson)!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Contains("Identifikátor", FormDefinitionReader.SchemaJson);
    }

    [Fact]
    public void Schema_problems_are_reported_at_their_paths_in_czech()
    {
        var problems = Problems(f =>
        {
            Field(f, 0, 0, 0)["type"] = "telefonní-číslo";
            Field(f, 0, 0, 1)["barva"] = "modrá";
            f["steps"]![1]!.AsObject().Remove("title");
        });
        Assert.Contains(problems, p => p.Path == "$.steps[0].sections[0].fields[0].type" && p.Message == "Hodnota není jedna z povolených.");
        Assert.Contains(problems, p => p.Path.StartsWith("$.steps[0].sections[0].fields[1]", StringComparison.Ordinal) && p.Message.StartsWith("Neznámá vlastnost", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.steps[1]" && p.Message.Contains("„title“"));
    }

    [Fact]
    public void Ids_must_be_unique_across_the_form()
    {
        var problems = Problems(f => Field(f, 1, 0, 0)["id"] = "jmeno");
        Assert.Contains(problems, p => p.Path == "$.steps[1].sections[0].fields[0].id" && p.Message.Contains("$.steps[0].sections[0].fields[0]"));
    }

    [Fact]
    public void An_id_with_capitals_or_diacritics_is_refused()
    {
        var problems = Problems(f => Field(f, 0, 0, 0)["id"] = "Jméno");
        Assert.Contains(problems, p => p.Path == "$.steps[0].sections[0].fields[0].id" && p.Message.StartsWith("Hodnota nemá povolený tvar", StringComparison.Ordinal));
    }

    [Fact]
    public void A_condition_may_only_read_an_earlier_field()
    {
        var problems = Problems(f => Field(f, 0, 0, 0)["showWhen"] = JsonNode.Parse("""{ "field": "duchodce", "equals": "ano" }"""));
        Assert.Contains(problems, p => p.Path == "$.steps[0].sections[0].fields[0].showWhen.field" && p.Message.Contains("dřívější"));
    }

    [Fact]
    public void A_field_of_a_repeatable_section_is_read_outside_it_only_through_count_or_sum()
    {
        var problems = Problems(f => Field(f, 1, 1, 0)["showWhen"] = JsonNode.Parse("""{ "field": "plemeno", "equals": "velky" }"""));
        Assert.Contains(problems, p => p.Path == "$.steps[1].sections[1].fields[0].showWhen.field" && p.Message.Contains("count(pes)"));
    }

    [Fact]
    public void A_condition_must_have_exactly_one_form()
    {
        var problems = Problems(f => Field(f, 0, 0, 6)["showWhen"] = JsonNode.Parse("""{ "field": "duchodce" }"""));
        Assert.Contains(problems, p => p.Path == "$.steps[0].sections[0].fields[6].showWhen");
    }

    [Fact]
    public void An_expression_must_parse_and_read_earlier_fields()
    {
        var broken = Problems(f => Field(f, 1, 1, 1)["expression"] = "count(pes) *");
        Assert.Contains(broken, p => p.Path == "$.steps[1].sections[1].fields[1].expression" && p.Message.StartsWith("Výpočet nelze přečíst", StringComparison.Ordinal));
        var later = Problems(f => Field(f, 0, 0, 4)["type"] = "computed");
        Assert.Contains(later, p => p.Path == "$.steps[0].sections[0].fields[4].expression");
        var subtraction = Problems(f => Field(f, 1, 1, 1)["expression"] = "1500 * duchodce-1");
        Assert.Contains(subtraction, p => p.Message.Contains("a - b"));
    }

    [Fact]
    public void Choices_must_be_present_and_unique()
    {
        var missing = Problems(f => Field(f, 1, 0, 2).AsObject().Remove("choices"));
        Assert.Contains(missing, p => p.Path == "$.steps[1].sections[0].fields[2].choices");
        var twice = Problems(f => Field(f, 1, 0, 2)["choices"]![1]!["value"] = "maly");
        Assert.Contains(twice, p => p.Message.Contains("„maly“ je uvedena vícekrát"));
    }

    [Fact]
    public void Limits_must_be_consistent()
    {
        var range = Problems(f => { Field(f, 0, 0, 0)["type"] = "number"; Field(f, 0, 0, 0).AsObject().Remove("prefill"); Field(f, 0, 0, 0)["min"] = 10; Field(f, 0, 0, 0)["max"] = 5; });
        Assert.Contains(range, p => p.Path == "$.steps[0].sections[0].fields[0].min");
        var repeat = Problems(f => f["steps"]![1]!["sections"]![0]!["repeat"]!["min"] = 6);
        Assert.Contains(repeat, p => p.Path == "$.steps[1].sections[0].repeat" && p.Message.Contains("1 ≤ min ≤ max ≤ 50"));
        var big = Problems(f => Field(f, 1, 0, 3)["maxBytes"] = 30_000_000);
        Assert.Contains(big, p => p.Path == "$.steps[1].sections[0].fields[3].maxBytes");
        var date = Problems(f => Field(f, 0, 0, 1)["minDate"] = "včera");
        Assert.Contains(date, p => p.Path == "$.steps[0].sections[0].fields[1].minDate");
    }

    [Fact]
    public void A_number_too_large_for_decimal_is_a_problem_not_an_exception()
    {
        var problems = Problems(f => Field(f, 1, 0, 3)["accept"] = JsonNode.Parse("[1e30, 1e30]"));
        Assert.NotEmpty(problems);
        Assert.NotEmpty(Problems(f => Field(f, 0, 0, 0)["maxLength"] = JsonNode.Parse("1e300")));
    }

    [Fact]
    public void Prefill_must_fit_the_field_type()
    {
        var problems = Problems(f => Field(f, 0, 0, 4)["prefill"] = "identity.address");
        Assert.Contains(problems, p => p.Path == "$.steps[0].sections[0].fields[4].prefill");
    }

    [Fact]
    public void A_form_needs_a_step_and_a_valid_access_level()
    {
        Assert.Contains(Problems(f => f["steps"] = new JsonArray()), p => p.Path == "$.steps");
        Assert.Contains(Problems(f => f["access"]!["minimumLevel"] = "nejvyšší"), p => p.Path == "$.access.minimumLevel");
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{\"slug\": 5}")]
    [InlineData("\"text\"")]
    public void Anything_but_a_definition_gives_a_problem_not_an_exception(string json)
    {
        var result = FormDefinitionReader.Read(json);
        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Problems);
    }

    [Fact]
    public void Input_over_a_megabyte_and_deep_nesting_are_refused_quickly()
    {
        Assert.Contains("příliš velká", FormDefinitionReader.Read("{\"title\": \"" + new string('a', 1_100_000) + "\"}").Problems[0].Message);
        Assert.NotEmpty(FormDefinitionReader.Read(new string('[', 10_000) + new string(']', 10_000)).Problems);
        var deep = "{\"not\": ".PadRight(0) + string.Concat(Enumerable.Repeat("{\"not\": ", 60)) + "null" + new string('}', 61);
        Assert.NotEmpty(FormDefinitionReader.Read(deep).Problems);
    }
}
