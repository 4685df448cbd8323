using Pelhrimov.Forms.Engine.Expressions;

namespace Pelhrimov.Tests.Forms.Engine;

/// <summary>The calculation language: operators, functions, limits, and "not computable" instead of exceptions.</summary>
public sealed class ExpressionTests
{
    private sealed class Scope : IExprScope
    {
        public Dictionary<string, ExprValue> Values { get; } = new()
        {
            ["pocet"] = ExprValue.Of(3),
            ["nula"] = ExprValue.Of(0),
            ["senior"] = ExprValue.Of("ano"),
            ["narozeni"] = ExprValue.Of(new DateOnly(1956, 11, 30)),
            ["od"] = ExprValue.Of(new DateOnly(2026, 7, 10)),
            ["pocet-psu"] = ExprValue.Of(2),
        };

        public DateOnly Today => SampleForms.Today;

        public ExprValue Field(string id) => Values.GetValueOrDefault(id, ExprValue.Null);

        public int Count(string sectionId) => sectionId == "psi" ? 2 : 0;

        public IEnumerable<ExprValue> Items(string sectionId, string fieldId) => [ExprValue.Of(100), ExprValue.Null, ExprValue.Of(50.5m)];
    }

    private static ExprValue Eval(string text)
    {
        var parsed = ExprParser.Parse(text);
        Assert.True(parsed.IsValid, parsed.Error);
        return ExprEvaluator.Evaluate(parsed.Root!, new Scope());
    }

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("-pocet + 1", "-2")]
    [InlineData("pocet * 1500", "4500")]
    [InlineData("pocet-psu - 1", "1")]
    [InlineData("round(10 / 3, 2)", "3.33")]
    [InlineData("round(2.5)", "3")]
    [InlineData("floor(2.7) + ceil(2.1)", "5")]
    [InlineData("min(4, pocet, 7)", "3")]
    [InlineData("max(4, pocet, 7)", "7")]
    [InlineData("if(senior = 'ano', 200, 1500)", "200")]
    [InlineData("if(pocet > 5, 1, 2)", "2")]
    [InlineData("count(psi)", "2")]
    [InlineData("sum(psi.poplatek)", "150.5")]
    [InlineData("age(narozeni)", "69")]
    [InlineData("monthsLeft(od)", "6")]
    [InlineData("year(od) * 100 + month(od)", "202607")]
    [InlineData("\"a\" + 'b'", "ab")]
    public void A_calculation_gives_its_value(string text, string expected) => Assert.Equal(expected, Eval(text).ToString());

    [Theory]
    [InlineData("pocet >= 3 and senior = \"ano\"", true)]
    [InlineData("pocet != 3 or not (senior = 'ne')", true)]
    [InlineData("pocet < 3", false)]
    [InlineData("od <= today()", true)]
    [InlineData("today() = today()", true)]
    [InlineData("nula = 0 and true", true)]
    public void Comparisons_and_logic_give_truth_values(string text, bool expected) => Assert.Equal(ExprValue.Of(expected), Eval(text));

    [Theory]
    [InlineData("pocet / nula")]
    [InlineData("neznamy + 1")]
    [InlineData("age(pocet)")]
    [InlineData("od + 1")]
    [InlineData("if(neznamy, 1, 2)")]
    [InlineData("9999999999999999999 * 9999999999999999999 * 9999999999999999999")]
    [InlineData("round(1, 11)")]
    public void What_cannot_be_computed_is_null_not_an_exception(string text) => Assert.True(Eval(text).IsNull);

    [Fact]
    public void Age_counts_full_years_only()
    {
        Assert.Equal(69, ExprEvaluator.Age(new DateOnly(1956, 11, 30), new DateOnly(2026, 11, 29)));
        Assert.Equal(70, ExprEvaluator.Age(new DateOnly(1956, 11, 29), new DateOnly(2026, 11, 29)));
        Assert.Equal(1, ExprEvaluator.Age(new DateOnly(2024, 2, 29), new DateOnly(2025, 3, 1)));
    }

    [Theory]
    [InlineData("", "prázdný")]
    [InlineData("1 +", "končí")]
    [InlineData("foo(1)", "Neznámá funkce „foo“")]
    [InlineData("round()", "round")]
    [InlineData("'neukončený", "uvozovkou")]
    [InlineData("1 # 2", "Nečekaný znak „#“")]
    [InlineData("psi.poplatek", "sum(oddíl.pole)")]
    [InlineData("count(1)", "Nečekané")]
    public void A_calculation_that_does_not_parse_says_why_in_czech(string text, string part)
    {
        var parsed = ExprParser.Parse(text);
        Assert.False(parsed.IsValid);
        Assert.Contains(part, parsed.Error);
    }

    [Fact]
    public void Length_and_nesting_are_limited()
    {
        Assert.Contains("delší", ExprParser.Parse(string.Join(" + ", Enumerable.Repeat("1", 1500))).Error);
        Assert.Contains("vnořený", ExprParser.Parse(new string('(', 50) + "1" + new string(')', 50)).Error);
        Assert.Contains("vnořený", ExprParser.Parse(string.Concat(Enumerable.Repeat("not ", 60)) + "true").Error);
    }

    [Fact]
    public void The_same_text_is_parsed_once()
    {
        Assert.Same(ExprParser.Parse("pocet * 2"), ExprParser.Parse("pocet * 2"));
    }

    [Fact]
    public void References_list_the_fields_a_calculation_reads()
    {
        var parsed = ExprParser.Parse("if(senior = 'ano', count(psi), sum(psi.poplatek)) + pocet-psu");
        Assert.Equal(["senior", "psi", "psi.poplatek", "pocet-psu"], parsed.References.Select(r => r.Member is null ? r.Id : r.Id + "." + r.Member));
    }
}
