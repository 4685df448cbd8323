using Pelhrimov.Payments.Statements;

namespace Pelhrimov.Payments.Matching;

/// <summary>
/// Proposes which open receivable each statement line pays. Pure and deterministic: the same lines and receivables
/// always give the same proposals. The rules, in order (docs/bank-statements.md):
/// <list type="number">
/// <item>A line that is not an incoming CZK payment (debit, reversal, other currency) is <see cref="MatchKind.NotIncoming"/>.</item>
/// <item>A line without a variable symbol is <see cref="MatchKind.Unmatched"/>.</item>
/// <item>Candidates are the receivables with the line's VS. When the line has an SS and some candidates have it, only
///   those stay (an SS that matches none is taken for a payer's typo and ignored).</item>
/// <item>Of several candidates, those that earlier lines of the run paid in full drop out (unless all were).</item>
/// <item>No candidate: <see cref="MatchKind.Unmatched"/>. Several: the one whose outstanding amount equals the line's
///   amount if exactly one does, otherwise <see cref="MatchKind.Ambiguous"/>.</item>
/// <item>One receivable: amount = outstanding → Exact, less → Partial, more → Overpayment.</item>
/// </list>
/// Lines are taken in the given order and each proposal lowers the receivable's outstanding amount for the lines
/// after it, so two halves of a fee are Partial then Exact, and a fee paid twice is Exact then Overpayment.
/// </summary>
public static class PaymentMatcher
{
    public static IReadOnlyList<MatchProposal> Match(IEnumerable<StatementLine> lines, IEnumerable<OpenReceivable> receivables)
    {
        var byVariableSymbol = receivables
            .GroupBy(r => Normalize(r.VariableSymbol) ?? "")
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var outstanding = byVariableSymbol.Values.SelectMany(r => r).GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().AmountOutstanding, StringComparer.Ordinal);
        return lines.Select(line => Propose(line, byVariableSymbol, outstanding)).ToList();
    }

    private static MatchProposal Propose(StatementLine line, Dictionary<string, List<OpenReceivable>> byVariableSymbol, Dictionary<string, decimal> outstanding)
    {
        if (!line.IsIncomingPayment)
        {
            var why = line.IsReversal ? "Storno bankou, nejde o platbu pohledávky."
                : line.Direction == Direction.Debit ? "Odchozí platba, nejde o úhradu pohledávky."
                : $"Platba v měně {line.Currency}, pohledávky jsou v korunách.";
            return Proposal(line, MatchKind.NotIncoming, why);
        }
        var variableSymbol = Normalize(line.VariableSymbol);
        if (variableSymbol is null)
        {
            return Proposal(line, MatchKind.Unmatched, "Platba nemá variabilní symbol – přiřaďte ji ručně.");
        }
        if (!byVariableSymbol.TryGetValue(variableSymbol, out var candidates))
        {
            return Proposal(line, MatchKind.Unmatched, $"Variabilní symbol {variableSymbol} nemá žádná otevřená pohledávka – přiřaďte platbu ručně.");
        }
        var specificSymbol = Normalize(line.SpecificSymbol);
        if (specificSymbol is not null && candidates.Where(r => Normalize(r.SpecificSymbol) == specificSymbol).ToList() is { Count: > 0 } bySpecific)
        {
            candidates = bySpecific;
        }
        if (candidates.Count > 1 && candidates.Where(r => outstanding[r.Id] > 0).ToList() is { Count: > 0 } stillOpen)
        {
            candidates = stillOpen;
        }
        var receivable = candidates.Count == 1 ? candidates[0]
            : candidates.Where(r => outstanding[r.Id] == line.Amount).ToList() is { Count: 1 } exact ? exact[0]
            : null;
        if (receivable is null)
        {
            return Proposal(line, MatchKind.Ambiguous,
                $"Variabilní symbol {variableSymbol} má více otevřených pohledávek (počet: {candidates.Count}) a částka nerozhodne – vyberte, kterou platba hradí.") with
            {
                Candidates = candidates.Select(r => r.Id).ToList(),
            };
        }
        var before = outstanding[receivable.Id];
        outstanding[receivable.Id] = Math.Max(0, before - line.Amount);
        var (kind, difference, reason) = line.Amount.CompareTo(before) switch
        {
            0 => (MatchKind.Exact, 0m, "Variabilní symbol i částka odpovídají pohledávce."),
            < 0 => (MatchKind.Partial, before - line.Amount, "Částečná úhrada: zaplaceno méně, než zbývá uhradit."),
            > 0 => (MatchKind.Overpayment, line.Amount - before, "Přeplatek: zaplaceno víc, než zbývá uhradit."),
        };
        return Proposal(line, kind, reason) with { ReceivableId = receivable.Id, OutstandingBefore = before, Difference = difference };
    }

    private static MatchProposal Proposal(StatementLine line, MatchKind kind, string reason) =>
        new() { LineKey = line.Key, Kind = kind, Amount = line.Amount, Reason = reason };

    private static string? Normalize(string? symbol)
    {
        var trimmed = symbol?.Trim().TrimStart('0');
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
