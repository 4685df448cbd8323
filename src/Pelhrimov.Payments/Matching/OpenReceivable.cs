namespace Pelhrimov.Payments.Matching;

/// <summary>
/// What the matcher needs to know of an open receivable: the caller's id, its symbols and what is left to pay.
/// Symbols are compared without leading zeros.
/// </summary>
public sealed record OpenReceivable(string Id, string VariableSymbol, string? SpecificSymbol, decimal AmountOutstanding);
