namespace Pelhrimov.Forms.Engine.Expressions;

/// <summary>A node of a parsed calculation.</summary>
public abstract record ExprNode;

public sealed record LiteralNode(ExprValue Value) : ExprNode;

/// <summary>A field by its id, or <c>section.field</c> (only as the argument of <c>sum</c>).</summary>
public sealed record ReferenceNode(string Id, string? Member) : ExprNode;

public sealed record UnaryNode(string Operator, ExprNode Operand) : ExprNode;

public sealed record BinaryNode(string Operator, ExprNode Left, ExprNode Right) : ExprNode;

public sealed record CallNode(string Function, IReadOnlyList<ExprNode> Arguments) : ExprNode;
