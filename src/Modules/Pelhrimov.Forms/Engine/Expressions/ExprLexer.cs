namespace Pelhrimov.Forms.Engine.Expressions;

/// <summary>Splits a calculation into tokens; a problem is reported as an <see cref="ExprSyntaxException"/> with a Czech message.</summary>
internal static class ExprLexer
{
    private static readonly string[] Symbols = ["<=", ">=", "!=", "+", "-", "*", "/", "(", ")", ",", "=", "<", ">", "."];

    public static List<ExprToken> Tokenize(string text)
    {
        var tokens = new List<ExprToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(new ExprToken(TokenKind.Number, ReadNumber(text, ref i), i));
            }
            else if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new ExprSyntaxException($"Text začínající na pozici {i + 1} není ukončen uvozovkou.");
                }
                tokens.Add(new ExprToken(TokenKind.Text, text[(i + 1)..end], i));
                i = end + 1;
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = i;
                // A hyphen continues a name when a letter or digit follows it (field ids like pocet-psu);
                // subtraction is written with spaces: a - b.
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i])
                    || (text[i] == '-' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }
                tokens.Add(new ExprToken(TokenKind.Name, text[start..i], start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new ExprSyntaxException($"Nečekaný znak „{c}“ na pozici {i + 1}.");
                tokens.Add(new ExprToken(TokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }
        tokens.Add(new ExprToken(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static string ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        if (i - start > 20)
        {
            throw new ExprSyntaxException($"Číslo na pozici {start + 1} je příliš dlouhé.");
        }
        return text[start..i];
    }
}

/// <summary>A calculation that cannot be parsed; the message is Czech, for the editor.</summary>
public sealed class ExprSyntaxException(string message) : Exception(message);
