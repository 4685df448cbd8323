using System.Text.Json;
using Pelhrimov.Forms.Definitions;
using Pelhrimov.Forms.Engine;
using Pelhrimov.Forms.Engine.Fields;
using Pelhrimov.Forms.Filling;
using static Pelhrimov.BrowserTests.FormExpressionsAgreementCases;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// The server's forms engine and the browser's port of it (form-expressions.js, form-answers.js; ADR 0044) give the
/// same results for one table of calculations, conditions and typed Czech numbers and dates, the script run in the
/// real browser as the step pages load it. A difference fails with every case that differs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormExpressionsAgreementTests(BrowserFixture browser)
{
    private const string Missing = "—";

    // Builds each answer set's scope as form-instant.js does from the page, then runs every case.
    private const string Harness = """
        input => {
            const X = window.PelhrimovFormExpressions;
            const scopeOf = name => {
                const set = input.sets[name];
                const scope = {
                    today: set.today,
                    value: id => id === "poplatek" ? X.fromExpr(X.evaluate(X.parse(input.fee), scope)) : (set.answers[id] ?? null),
                    field: id => X.toExpr(input.types[id], scope.value(id)),
                    count: section => set.dogs.length,
                    items: (section, id) => set.dogs.map(item => X.toExpr(input.types[id], item[id] ?? null)),
                };
                return scope;
            };
            const shown = v => v && v.k === "n" ? X.format(v.n, "number") + " | " + X.format(v.n, "amount") : input.missing;
            return JSON.stringify({
                expressions: input.expressions.map(c => shown(X.evaluate(X.parse(c.text), scopeOf(c.set)))),
                conditions: input.conditions.map(c => String(X.holds(JSON.parse(c.text), scopeOf(c.set).value))),
                numbers: input.numbers.map(t => X.parseNumber(t) ?? input.missing),
                dates: input.dates.map(t => X.parseDate(t) ?? input.missing),
            });
        }
        """;

    [Fact]
    public async Task The_browser_computes_and_decides_every_case_of_the_table_as_the_server_does()
    {
        var expressionCases = Expressions.SelectMany(e => Sets.Keys.Select(s => (Text: e, Set: s))).ToList();
        var conditionCases = Conditions.SelectMany(c => Sets.Keys.Select(s => (Text: c, Set: s))).ToList();
        var server = new Results(
            [.. expressionCases.Select(c => ServerExpression(c.Text, Sets[c.Set]))],
            [.. conditionCases.Select(c => ServerCondition(c.Text, Sets[c.Set]))],
            [.. TypedNumbers.Select(t => NumberInput.Parse(t) is { } n ? NumberInput.Normalize(n) : Missing)],
            [.. TypedDates.Select(t => DateInput.Parse(t) is { } d ? DateInput.Normalize(d) : Missing)]);

        await using var page = await browser.OpenAsync("/formulare");
        await page.Page.AddScriptTagAsync(new() { Url = "/_content/Pelhrimov.Forms/js/form-expressions.js" });
        await page.Page.AddScriptTagAsync(new() { Url = "/_content/Pelhrimov.Forms/js/form-answers.js" });
        var form = Read("1");
        var input = new
        {
            sets = Sets.ToDictionary(s => s.Key, s => new { today = s.Value.Today, answers = s.Value.Answers, dogs = s.Value.Dogs }),
            types = FormMap.Of(form).Fields.ToDictionary(f => f.Key, f => JsonSerializer.Serialize(f.Value.Field.Type, DefinitionJson.Options).Trim('"')),
            fee = FormMap.Of(form).Fields["poplatek"].Field.Expression,
            missing = Missing,
            expressions = expressionCases.Select(c => new { text = c.Text, set = c.Set }),
            conditions = conditionCases.Select(c => new { text = c.Text, set = c.Set }),
            numbers = TypedNumbers,
            dates = TypedDates,
        };
        var json = await page.Page.EvaluateAsync<string>(Harness, input);
        var browserResults = JsonSerializer.Deserialize<Results>(json, CaseInsensitive)!;

        var differences = new List<string>();
        Compare(differences, "expression", [.. expressionCases.Select(c => $"{c.Text} [{c.Set}]")], server.Expressions, browserResults.Expressions);
        Compare(differences, "condition", [.. conditionCases.Select(c => $"{c.Text} [{c.Set}]")], server.Conditions, browserResults.Conditions);
        Compare(differences, "number", TypedNumbers, server.Numbers, browserResults.Numbers);
        Compare(differences, "date", TypedDates, server.Dates, browserResults.Dates);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        // The table is not vacuous: it has results of every kind, missing ones among them.
        Assert.Contains(server.Expressions, r => r == Missing);
        Assert.Contains(server.Expressions, r => r.Contains(',', StringComparison.Ordinal));
        Assert.Contains(server.Conditions, r => r == "true");
        Assert.Contains(server.Conditions, r => r == "false");
        Assert.Empty(page.Problems);
    }

    private sealed record Results(List<string> Expressions, List<string> Conditions, List<string> Numbers, List<string> Dates);

    private static readonly FormEngine Engine = new();

    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    private static FormDefinition Read(string expression)
    {
        var result = FormDefinitionReader.Read(Definition.Replace("\"EXPRESSION\"", JsonSerializer.Serialize(expression), StringComparison.Ordinal));
        return result.Form ?? throw new InvalidOperationException($"{expression}: {string.Join("; ", result.Problems.Select(p => p.Message))}");
    }

    private static (FormAnswers Answers, FillContext Context) Answers(AnswerSet set)
    {
        var answers = new FormAnswers();
        foreach (var (id, value) in set.Answers)
        {
            answers.Fields[id] = value is string[] values ? new AnswerValue { Values = values } : AnswerValue.Of((string)value);
        }
        answers.Groups["psi"] = [.. set.Dogs.Select(d => d.ToDictionary(v => v.Key, v => AnswerValue.Of(v.Value), StringComparer.Ordinal))];
        return (answers, new FillContext(null, null, null, null, DateOnly.Parse(set.Today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string ServerExpression(string expression, AnswerSet set)
    {
        var form = Read(expression);
        var (answers, context) = Answers(set);
        var computed = Engine.Compute(form, answers, context);
        var map = FormMap.Of(form);
        return computed["c"] is { } c && computed["k"] is { } k
            ? StepPageBuilder.FormatComputed(map.Fields["c"].Field, c) + " | " + StepPageBuilder.FormatComputed(map.Fields["k"].Field, k)
            : Missing;
    }

    private static string ServerCondition(string condition, AnswerSet set)
    {
        var form = Read("1");
        var (answers, context) = Answers(set);
        var parsed = JsonSerializer.Deserialize<Condition>(condition, DefinitionJson.Options)!;
        return Engine.IsVisible(form, parsed, answers, null, null, context) ? "true" : "false";
    }

    private static void Compare(List<string> differences, string kind, IReadOnlyList<string> cases, List<string> server, List<string> browser)
    {
        Assert.Equal(cases.Count, browser.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            if (server[i] != browser[i])
            {
                differences.Add($"{kind} {cases[i]}: server „{server[i]}“, browser „{browser[i]}“");
            }
        }
    }
}
