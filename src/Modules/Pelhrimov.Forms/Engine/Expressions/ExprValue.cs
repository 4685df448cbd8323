using System.Globalization;

namespace Pelhrimov.Forms.Engine.Expressions;

public enum ExprKind
{
    Null,
    Number,
    Text,
    Bool,
    Date,
}

/// <summary>A value in a calculation: a decimal number, a text, a truth value, a date, or nothing (not computable yet).</summary>
public readonly record struct ExprValue(ExprKind Kind, decimal Number = 0, string? Text = null, bool Bool = false, DateOnly Date = default)
{
    public static readonly ExprValue Null = new(ExprKind.Null);

    public static ExprValue Of(decimal number) => new(ExprKind.Number, Number: number);

    public static ExprValue Of(string text) => new(ExprKind.Text, Text: text);

    public static ExprValue Of(bool value) => new(ExprKind.Bool, Bool: value);

    public static ExprValue Of(DateOnly date) => new(ExprKind.Date, Date: date);

    public bool IsNull => Kind == ExprKind.Null;

    public override string ToString() => Kind switch
    {
        ExprKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        ExprKind.Text => Text ?? "",
        ExprKind.Bool => Bool ? "true" : "false",
        ExprKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "",
    };
}
