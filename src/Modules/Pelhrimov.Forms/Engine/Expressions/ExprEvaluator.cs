namespace Pelhrimov.Forms.Engine.Expressions;

/// <summary>
/// Evaluates a parsed calculation. Never throws on values: anything not computable (a missing answer, division by zero,
/// an overflow, comparing a date with a number) gives <see cref="ExprValue.Null"/>, shown as "zatím nelze spočítat".
/// </summary>
public static class ExprEvaluator
{
    public static ExprValue Evaluate(ExprNode node, IExprScope scope)
    {
        try
        {
            return Eval(node, scope);
        }
        catch (OverflowException)
        {
            return ExprValue.Null;
        }
    }

    private static ExprValue Eval(ExprNode node, IExprScope scope) => node switch
    {
        LiteralNode literal => literal.Value,
        ReferenceNode reference => scope.Field(reference.Id),
        UnaryNode { Operator: "-" } unary => Eval(unary.Operand, scope) is { Kind: ExprKind.Number } n ? ExprValue.Of(-n.Number) : ExprValue.Null,
        UnaryNode unary => Truth(Eval(unary.Operand, scope)) is { } b ? ExprValue.Of(!b) : ExprValue.Null,
        BinaryNode { Operator: "and" } binary => And(binary, scope),
        BinaryNode { Operator: "or" } binary => Or(binary, scope),
        BinaryNode binary => Binary(binary.Operator, Eval(binary.Left, scope), Eval(binary.Right, scope)),
        CallNode call => Call(call, scope),
        _ => ExprValue.Null,
    };

    private static ExprValue And(BinaryNode node, IExprScope scope)
    {
        var left = Truth(Eval(node.Left, scope));
        if (left == false)
        {
            return ExprValue.Of(false);
        }
        var right = Truth(Eval(node.Right, scope));
        return right == false ? ExprValue.Of(false) : left is null || right is null ? ExprValue.Null : ExprValue.Of(true);
    }

    private static ExprValue Or(BinaryNode node, IExprScope scope)
    {
        var left = Truth(Eval(node.Left, scope));
        if (left == true)
        {
            return ExprValue.Of(true);
        }
        var right = Truth(Eval(node.Right, scope));
        return right == true ? ExprValue.Of(true) : left is null || right is null ? ExprValue.Null : ExprValue.Of(false);
    }

    private static ExprValue Binary(string op, ExprValue left, ExprValue right)
    {
        if (left.IsNull || right.IsNull)
        {
            return ExprValue.Null;
        }
        if (op is "=" or "!=")
        {
            var equal = left.Kind == right.Kind && Compare(left, right) == 0;
            return ExprValue.Of(op == "=" ? equal : !equal);
        }
        if (op is "<" or "<=" or ">" or ">=")
        {
            if (left.Kind != right.Kind || left.Kind is ExprKind.Bool)
            {
                return ExprValue.Null;
            }
            var c = Compare(left, right);
            return ExprValue.Of(op switch { "<" => c < 0, "<=" => c <= 0, ">" => c > 0, _ => c >= 0 });
        }
        if (op == "+" && left.Kind == ExprKind.Text && right.Kind == ExprKind.Text)
        {
            return ExprValue.Of(left.Text + right.Text);
        }
        if (left.Kind != ExprKind.Number || right.Kind != ExprKind.Number)
        {
            return ExprValue.Null;
        }
        return op switch
        {
            "+" => ExprValue.Of(left.Number + right.Number),
            "-" => ExprValue.Of(left.Number - right.Number),
            "*" => ExprValue.Of(left.Number * right.Number),
            "/" when right.Number == 0 => ExprValue.Null,
            "/" => ExprValue.Of(left.Number / right.Number),
            _ => ExprValue.Null,
        };
    }

    private static int Compare(ExprValue left, ExprValue right) => left.Kind switch
    {
        ExprKind.Number => left.Number.CompareTo(right.Number),
        ExprKind.Date => left.Date.CompareTo(right.Date),
        ExprKind.Bool => left.Bool.CompareTo(right.Bool),
        _ => string.CompareOrdinal(left.Text, right.Text),
    };

    private static ExprValue Call(CallNode call, IExprScope scope)
    {
        var args = call.Arguments;
        switch (call.Function)
        {
            case "if":
                return Truth(Eval(args[0], scope)) switch
                {
                    true => Eval(args[1], scope),
                    false => Eval(args[2], scope),
                    null => ExprValue.Null,
                };
            case "count":
                return ExprValue.Of(scope.Count(((ReferenceNode)args[0]).Id));
            case "sum":
                var path = (ReferenceNode)args[0];
                return path.Member is null
                    ? ExprValue.Null
                    : ExprValue.Of(scope.Items(path.Id, path.Member).Where(v => v.Kind == ExprKind.Number).Sum(v => v.Number));
            case "today":
                return ExprValue.Of(scope.Today);
        }
        var values = args.Select(a => Eval(a, scope)).ToList();
        if (values.Any(v => v.IsNull))
        {
            return ExprValue.Null;
        }
        return call.Function switch
        {
            "min" or "max" => MinMax(call.Function, values),
            "round" => Round(values),
            "floor" => Numeric(values[0], Math.Floor),
            "ceil" => Numeric(values[0], Math.Ceiling),
            "age" => values[0].Kind == ExprKind.Date ? ExprValue.Of(Age(values[0].Date, scope.Today)) : ExprValue.Null,
            "monthsLeft" => values[0].Kind == ExprKind.Date ? ExprValue.Of(12 - values[0].Date.Month + 1) : ExprValue.Null,
            "year" => values[0].Kind == ExprKind.Date ? ExprValue.Of(values[0].Date.Year) : ExprValue.Null,
            "month" => values[0].Kind == ExprKind.Date ? ExprValue.Of(values[0].Date.Month) : ExprValue.Null,
            _ => ExprValue.Null,
        };
    }

    private static ExprValue MinMax(string function, List<ExprValue> values)
    {
        if (values.Any(v => v.Kind != values[0].Kind) || values[0].Kind is not (ExprKind.Number or ExprKind.Date))
        {
            return ExprValue.Null;
        }
        var ordered = values.Order(Comparer<ExprValue>.Create(Compare)).ToList();
        return function == "min" ? ordered[0] : ordered[^1];
    }

    private static ExprValue Round(List<ExprValue> values)
    {
        var digits = values.Count > 1 ? values[1] : ExprValue.Of(0);
        if (values[0].Kind != ExprKind.Number || digits.Kind != ExprKind.Number || digits.Number is < 0 or > 10
            || decimal.Truncate(digits.Number) != digits.Number)
        {
            return ExprValue.Null;
        }
        // Czech rounding (haléře, crowns) rounds halves away from zero, not to even.
        return ExprValue.Of(Math.Round(values[0].Number, (int)digits.Number, MidpointRounding.AwayFromZero));
    }

    private static ExprValue Numeric(ExprValue value, Func<decimal, decimal> function) =>
        value.Kind == ExprKind.Number ? ExprValue.Of(function(value.Number)) : ExprValue.Null;

    /// <summary>Full years from the date to today (someone born on 29 February turns a year older on 1 March).</summary>
    public static int Age(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        if (today.Month < birth.Month || (today.Month == birth.Month && today.Day < birth.Day))
        {
            age--;
        }
        return age;
    }

    /// <summary>A condition's truth: a truth value as it is, <c>ano</c>/<c>ne</c> (yes/no answers), a non-zero number; null when unknown.</summary>
    public static bool? Truth(ExprValue value) => value.Kind switch
    {
        ExprKind.Bool => value.Bool,
        ExprKind.Number => value.Number != 0,
        ExprKind.Text when value.Text == "ano" => true,
        ExprKind.Text when value.Text == "ne" => false,
        _ => null,
    };
}
