using System.Globalization;
using Pelhrimov.Workflows.Domain;

namespace Pelhrimov.Workflows.Engine;

/// <summary>The operators of a condition, with their Czech labels for the editor.</summary>
public static class ConditionOperators
{
    public const string Equal = "eq";
    public const string NotEqual = "ne";
    public const string Greater = "gt";
    public const string Less = "lt";
    public const string Contains = "contains";
    public const string Empty = "empty";
    public const string NotEmpty = "not-empty";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        (Equal, "je rovno"), (NotEqual, "není rovno"), (Greater, "je větší než"), (Less, "je menší než"),
        (Contains, "obsahuje"), (Empty, "je prázdné"), (NotEmpty, "není prázdné"),
    ];

    public static bool IsKnown(string? code) => All.Any(o => o.Code == code);

    public static bool NeedsValue(string code) => code is not (Empty or NotEmpty);

    public static string Label(string code) => All.FirstOrDefault(o => o.Code == code).Label ?? code;
}

/// <summary>
/// Decides whether an event's fields satisfy a workflow's conditions (all must hold). Text compares ordinally, ignoring
/// case; greater and less compare numbers when both sides are numbers (a dot or a Czech comma), dates when both are
/// <c>yyyy-MM-dd</c>, text otherwise. A missing field is empty.
/// </summary>
public static class ConditionEvaluator
{
    public static bool Matches(IReadOnlyList<WorkflowCondition> conditions, IReadOnlyDictionary<string, string?> fields) =>
        conditions.All(c => Holds(c, fields.GetValueOrDefault(c.Field)));

    public static bool Holds(WorkflowCondition condition, string? actual)
    {
        var value = condition.Value ?? "";
        return condition.Operator switch
        {
            ConditionOperators.Equal => string.Equals(actual ?? "", value, StringComparison.OrdinalIgnoreCase),
            ConditionOperators.NotEqual => !string.Equals(actual ?? "", value, StringComparison.OrdinalIgnoreCase),
            ConditionOperators.Contains => (actual ?? "").Contains(value, StringComparison.OrdinalIgnoreCase),
            ConditionOperators.Empty => string.IsNullOrWhiteSpace(actual),
            ConditionOperators.NotEmpty => !string.IsNullOrWhiteSpace(actual),
            ConditionOperators.Greater => actual is not null && Compare(actual, value) > 0,
            ConditionOperators.Less => actual is not null && Compare(actual, value) < 0,
            _ => false,
        };
    }

    private static int Compare(string left, string right)
    {
        if (Number(left) is { } l && Number(right) is { } r)
        {
            return l.CompareTo(r);
        }
        if (DateOnly.TryParseExact(left, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ld)
            && DateOnly.TryParseExact(right, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var rd))
        {
            return ld.CompareTo(rd);
        }
        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Replace(',', '.').Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
            NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
