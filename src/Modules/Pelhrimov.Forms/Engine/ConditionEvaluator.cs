using System.Globalization;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine;

/// <summary>
/// Whether a <see cref="Condition"/> holds. A comparison with several tests (e.g. <c>filled</c> and <c>notEquals</c>)
/// holds when all of them do; <c>all</c> of nothing holds, <c>any</c> of nothing does not.
/// </summary>
internal static class ConditionEvaluator
{
    public static bool Holds(Condition condition, Func<string, AnswerValue?> valueOf, Func<Condition, bool> holds)
    {
        if (condition.All is { } all && !all.All(holds))
        {
            return false;
        }
        if (condition.Any is { } any && !any.Any(holds))
        {
            return false;
        }
        if (condition.Not is { } not && holds(not))
        {
            return false;
        }
        if (condition.Field is not { } field)
        {
            return true;
        }
        var value = valueOf(field);
        var filled = IsFilled(value);
        return (condition.Filled is not { } wantFilled || filled == wantFilled)
            && (condition.EqualTo is not { } equal || Matches(value, equal))
            && (condition.NotEqualTo is not { } notEqual || !Matches(value, notEqual))
            && (condition.In is not { } list || list.Any(v => Matches(value, v)))
            && (condition.GreaterThan is not { } low || Number(value) > low)
            && (condition.LessThan is not { } high || Number(value) < high);
    }

    public static bool IsFilled(AnswerValue? value) =>
        value is not null && (!string.IsNullOrEmpty(value.Text) || value.Values is { Count: > 0 } || value.Address is not null || value.File is not null);

    private static bool Matches(AnswerValue? value, string expected)
    {
        if (value is null)
        {
            return false;
        }
        if (value.Values is { } values)
        {
            return values.Contains(expected, StringComparer.Ordinal);
        }
        if (value.Text is not { } text)
        {
            return false;
        }
        return string.Equals(text, expected, StringComparison.Ordinal)
            || (Parse(text) is { } a && Parse(expected) is { } b && a == b);
    }

    private static decimal? Number(AnswerValue? value) => value?.Text is { } text ? Parse(text) : null;

    private static decimal? Parse(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;
}
