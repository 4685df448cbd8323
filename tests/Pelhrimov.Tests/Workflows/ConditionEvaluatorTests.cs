using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Engine;

namespace Pelhrimov.Tests.Workflows;

/// <summary>The condition evaluator alone: each operator, numbers, dates, missing fields, all-must-hold.</summary>
public sealed class ConditionEvaluatorTests
{
    private static readonly Dictionary<string, string?> Fields = new()
    {
        ["newStatus"] = "vyrizeno", ["amount"] = "1500.50", ["dueDate"] = "2027-03-31", ["note"] = "", ["subject"] = "Žádost o parkovací kartu",
    };

    [Theory]
    [InlineData("newStatus", "eq", "VYRIZENO", true)]
    [InlineData("newStatus", "eq", "prijato", false)]
    [InlineData("newStatus", "ne", "prijato", true)]
    [InlineData("amount", "gt", "999", true)]          // numerically, not as text ("1500.50" < "999" as text)
    [InlineData("amount", "lt", "1 500,60", true)]     // a Czech number
    [InlineData("dueDate", "gt", "2027-01-01", true)]
    [InlineData("dueDate", "lt", "2027-01-01", false)]
    [InlineData("subject", "contains", "PARKOVACÍ", true)]
    [InlineData("note", "empty", null, true)]
    [InlineData("missing", "empty", null, true)]
    [InlineData("missing", "not-empty", null, false)]
    [InlineData("missing", "gt", "0", false)]
    [InlineData("subject", "unknown-operator", "x", false)]
    public void An_operator_compares_the_field_as_documented(string field, string op, string? value, bool expected) =>
        Assert.Equal(expected, ConditionEvaluator.Matches([new WorkflowCondition(field, op, value)], Fields));

    [Fact]
    public void All_conditions_must_hold_and_none_means_always()
    {
        Assert.True(ConditionEvaluator.Matches([], Fields));
        Assert.True(ConditionEvaluator.Matches([new("newStatus", "eq", "vyrizeno"), new("amount", "gt", "1000")], Fields));
        Assert.False(ConditionEvaluator.Matches([new("newStatus", "eq", "vyrizeno"), new("amount", "gt", "2000")], Fields));
    }
}
