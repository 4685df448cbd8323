namespace Pelhrimov.Payments.Matching;

/// <summary>What the matcher proposes for a statement line.</summary>
public enum MatchKind
{
    /// <summary>One receivable, paid exactly what was outstanding.</summary>
    Exact,

    /// <summary>One receivable, paid less than outstanding (částečná úhrada).</summary>
    Partial,

    /// <summary>One receivable, paid more than outstanding (přeplatek); <see cref="MatchProposal.Difference"/> is the excess.</summary>
    Overpayment,

    /// <summary>Several receivables share the symbols and the amount does not pick one: a clerk chooses.</summary>
    Ambiguous,

    /// <summary>No variable symbol, or one that no open receivable has: a clerk assigns it by hand.</summary>
    Unmatched,

    /// <summary>Not an incoming payment (an outgoing payment, a reversal, another currency): not for receivables.</summary>
    NotIncoming,
}

/// <summary>
/// The proposal for one statement line. Nothing is booked by it: the importer shows it for review and books what the
/// clerk confirms.
/// </summary>
public sealed record MatchProposal
{
    /// <summary>The statement line's key (<see cref="Statements.StatementLine.Key"/>).</summary>
    public required string LineKey { get; init; }

    public required MatchKind Kind { get; init; }

    /// <summary>The receivable the line pays (Exact, Partial, Overpayment), else null.</summary>
    public string? ReceivableId { get; init; }

    /// <summary>The receivables a clerk chooses from when the kind is Ambiguous, ordered by id.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>The line's amount.</summary>
    public required decimal Amount { get; init; }

    /// <summary>What the receivable had outstanding before this line (after earlier lines of the same run).</summary>
    public decimal? OutstandingBefore { get; init; }

    /// <summary>Partial: what remains to pay. Overpayment: the excess. Otherwise 0.</summary>
    public decimal Difference { get; init; }

    /// <summary>Why, in Czech, for the clerk.</summary>
    public required string Reason { get; init; }
}
