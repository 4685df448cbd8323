using System.Collections.Concurrent;
using System.Globalization;

namespace Pelhrimov.Forms.Engine.Expressions;

/// <summary>A parsed calculation, or why it could not be parsed (Czech, for the editor).</summary>
public sealed record ParsedExpression(ExprNode? Root, string? Error)
{
    public bool IsValid => Root is not null;

    /// <summary>The fields and sections it reads, as written (<c>id</c> or <c>section.field</c>).</summary>
    public IReadOnlyList<ReferenceNode> References { get; init; } = [];
}

/// <summary>
/// Parses the calculation language (docs/forms-definitions.md): a recursive-descent parser with limits on length and
/// nesting, so that no definition can make the server work hard. Each distinct text is parsed once and cached.
/// </summary>
public static class ExprParser
{
    public const int MaxLength = 2000;
    public const int MaxDepth = 40;
    private const int MaxCached = 4096;

    private static readonly ConcurrentDictionary<string, ParsedExpression> Cache = new(StringComparer.Ordinal);

    public static ParsedExpression Parse(string? text)
    {
        text ??= "";
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var parsed = ParseUncached(text);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(text, parsed);
        }
        return parsed;
    }

    private static ParsedExpression ParseUncached(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedExpression(null, "Výpočet je prázdný.");
        }
        if (text.Length > MaxLength)
        {
            return new ParsedExpression(null, $"Výpočet je delší než {MaxLength} znaků.");
        }
        try
        {
            var reader = new Reader(ExprLexer.Tokenize(text));
            var root = reader.ParseAll();
            return new ParsedExpression(root, null) { References = reader.References };
        }
        catch (ExprSyntaxException e)
        {
            return new ParsedExpression(null, e.Message);
        }
    }

    private sealed class Reader(List<ExprToken> tokens)
    {
        private int position;
        private int depth;

        public List<ReferenceNode> References { get; } = [];

        private ExprToken Current => tokens[position];

        public ExprNode ParseAll()
        {
            var node = Or();
            if (Current.Kind != TokenKind.End)
            {
                throw Unexpected();
            }
            return node;
        }

        private ExprNode Or()
        {
            var left = And();
            while (IsName("or"))
            {
                position++;
                left = new BinaryNode("or", left, And());
            }
            return left;
        }

        private ExprNode And()
        {
            var left = Not();
            while (IsName("and"))
            {
                position++;
                left = new BinaryNode("and", left, Not());
            }
            return left;
        }

        private ExprNode Not()
        {
            if (IsName("not"))
            {
                position++;
                return Nested(() => new UnaryNode("not", Not()));
            }
            return Comparison();
        }

        private ExprNode Comparison()
        {
            var left = Additive();
            if (Current.Kind == TokenKind.Symbol && Current.Text is "=" or "!=" or "<" or "<=" or ">" or ">=")
            {
                var op = tokens[position++].Text;
                left = new BinaryNode(op, left, Additive());
            }
            return left;
        }

        private ExprNode Additive()
        {
            var left = Multiplicative();
            while (IsSymbol("+") || IsSymbol("-"))
            {
                var op = tokens[position++].Text;
                left = new BinaryNode(op, left, Multiplicative());
            }
            return left;
        }

        private ExprNode Multiplicative()
        {
            var left = Unary();
            while (IsSymbol("*") || IsSymbol("/"))
            {
                var op = tokens[position++].Text;
                left = new BinaryNode(op, left, Unary());
            }
            return left;
        }

        private ExprNode Unary()
        {
            if (IsSymbol("-"))
            {
                position++;
                return Nested(() => new UnaryNode("-", Unary()));
            }
            return Primary();
        }

        private ExprNode Primary()
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    position++;
                    return new LiteralNode(ExprValue.Of(decimal.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
                case TokenKind.Text:
                    position++;
                    return new LiteralNode(ExprValue.Of(token.Text));
                case TokenKind.Name when token.Text is "true" or "false":
                    position++;
                    return new LiteralNode(ExprValue.Of(token.Text == "true"));
                case TokenKind.Name when position + 1 < tokens.Count && tokens[position + 1].Text == "(":
                    return Call();
                case TokenKind.Name when token.Text is "and" or "or" or "not":
                    throw Unexpected();
                case TokenKind.Name:
                    return Reference(allowMember: false);
                case TokenKind.Symbol when token.Text == "(":
                    position++;
                    var inner = Nested(Or);
                    Expect(")");
                    return inner;
                default:
                    throw Unexpected();
            }
        }

        private ExprNode Call()
        {
            var name = tokens[position].Text;
            if (!Functions.Arity.TryGetValue(name, out var arity))
            {
                throw new ExprSyntaxException($"Neznámá funkce „{name}“ na pozici {Current.Position + 1}.");
            }
            position += 2;
            var arguments = new List<ExprNode>();
            if (!IsSymbol(")"))
            {
                do
                {
                    if (arguments.Count > 0)
                    {
                        position++;
                    }
                    arguments.Add(Functions.TakesSection(name) ? Reference(allowMember: name == "sum") : Nested(Or));
                }
                while (IsSymbol(","));
            }
            Expect(")");
            if (arguments.Count < arity.Min || arguments.Count > arity.Max)
            {
                throw new ExprSyntaxException(arity.Min == arity.Max
                    ? $"Funkce „{name}“ potřebuje {arity.Min} argumenty (nebo argument), má {arguments.Count}."
                    : $"Funkce „{name}“ potřebuje {arity.Min} až {arity.Max} argumentů, má {arguments.Count}.");
            }
            return new CallNode(name, arguments);
        }

        private ReferenceNode Reference(bool allowMember)
        {
            if (Current.Kind != TokenKind.Name)
            {
                throw Unexpected();
            }
            var id = tokens[position++].Text;
            string? member = null;
            if (IsSymbol("."))
            {
                if (!allowMember)
                {
                    throw new ExprSyntaxException($"Zápis „{id}.…“ je povolen jen uvnitř sum(oddíl.pole).");
                }
                position++;
                if (Current.Kind != TokenKind.Name)
                {
                    throw Unexpected();
                }
                member = tokens[position++].Text;
            }
            var node = new ReferenceNode(id, member);
            References.Add(node);
            return node;
        }

        private ExprNode Nested(Func<ExprNode> parse)
        {
            if (++depth > MaxDepth)
            {
                throw new ExprSyntaxException($"Výpočet je vnořený hlouběji než {MaxDepth} úrovní.");
            }
            var node = parse();
            depth--;
            return node;
        }

        private void Expect(string symbol)
        {
            if (!IsSymbol(symbol))
            {
                throw Unexpected();
            }
            position++;
        }

        private bool IsSymbol(string symbol) => Current.Kind == TokenKind.Symbol && Current.Text == symbol;

        private bool IsName(string name) => Current.Kind == TokenKind.Name && Current.Text == name;

        private ExprSyntaxException Unexpected() => Current.Kind == TokenKind.End
            ? new ExprSyntaxException("Výpočet nečekaně končí – chybí operand nebo závorka.")
            : new ExprSyntaxException($"Nečekané „{Current.Text}“ na pozici {Current.Position + 1}.");
    }
}
