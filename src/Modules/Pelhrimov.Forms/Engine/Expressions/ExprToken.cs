namespace Pelhrimov.Forms.Engine.Expressions;

internal enum TokenKind
{
    Number,
    Text,
    Name,
    Symbol,
    End,
}

internal readonly record struct ExprToken(TokenKind Kind, string Text, int Position);
