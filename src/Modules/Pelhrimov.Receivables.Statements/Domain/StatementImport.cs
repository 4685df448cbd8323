namespace Pelhrimov.Receivables.Statements.Domain;

/// <summary>Where an import is: a draft for review, being booked in the background, or booked.</summary>
public enum ImportStatus
{
    /// <summary>Read and matched; nothing booked yet (náhled).</summary>
    Draft,

    /// <summary>The clerk confirmed; the background booking goes through its lines in chunks.</summary>
    Booking,

    /// <summary>Every proposed line was booked (or found booked); unmatched lines may still be assigned by hand.</summary>
    Booked,
}

/// <summary>One uploaded statement file: what it held, the matcher's proposal per line, and how far booking got.</summary>
public sealed class StatementImport
{
    public long Id { get; set; }

    public string FileName { get; set; } = "";

    /// <summary><c>GPC</c> or <c>CAMT.053</c>.</summary>
    public string Format { get; set; } = "";

    /// <summary>The town's account(s) the file is about, as people write them.</summary>
    public string Account { get; set; } = "";

    /// <summary>The bank's statement number(s), comma-separated when a file carries several statements.</summary>
    public string StatementNumbers { get; set; } = "";

    /// <summary>The statements' identities (<c>BankStatement.Key</c>), to say "this statement was imported before".</summary>
    public string StatementKeys { get; set; } = "";

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public int LineCount { get; set; }

    /// <summary>Lines the confirmation books (matched, not booked before).</summary>
    public int ToBookCount { get; set; }

    /// <summary>Lines booked by this import, by the confirmation or by hand.</summary>
    public int BookedCount { get; set; }

    /// <summary>Of <see cref="ToBookCount"/>, how many the background booking has gone through (progress).</summary>
    public int ProcessedCount { get; set; }

    /// <summary>Incoming payments no receivable was found for, or several were (a clerk assigns them).</summary>
    public int UnmatchedCount { get; set; }

    /// <summary>Rejected lines of the file (never booked).</summary>
    public int RejectedCount { get; set; }

    public ImportStatus Status { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string? ConfirmedBy { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public DateTime? BookedUtc { get; set; }

    /// <summary>Until when one node's booking worker holds the import (so that two nodes do not book it at once).</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    public List<StatementImportLine> Lines { get; set; } = [];

    public List<StatementImportProblem> Problems { get; set; } = [];
}

/// <summary>What happens to a line of an import.</summary>
public enum LineState
{
    /// <summary>Matched to a receivable; the confirmation books it.</summary>
    Proposed,

    /// <summary>An incoming payment without a receivable (unmatched, ambiguous): a clerk assigns it by hand.</summary>
    Unassigned,

    /// <summary>Not an incoming payment (outgoing, reversal, other currency): not for receivables.</summary>
    NotIncoming,

    /// <summary>Its key was booked before, by this or another import: never booked again ("již zaúčtováno").</summary>
    AlreadyBooked,

    /// <summary>Booked by this import.</summary>
    Booked,

    /// <summary>Booking refused it (the receivable no longer exists, or the payment id was used differently).</summary>
    Failed,
}

/// <summary>One movement of an uploaded statement with the matcher's proposal and its booking.</summary>
public sealed class StatementImportLine
{
    public long Id { get; set; }

    public long ImportId { get; set; }

    /// <summary>Order in the file (0-based), for listing.</summary>
    public int Position { get; set; }

    /// <summary>The line of the file it was read from.</summary>
    public int LineNumber { get; set; }

    /// <summary>The movement's identity across imports (<c>StatementLine.Key</c>, ADR 0028 and 0032).</summary>
    public string LineKey { get; set; } = "";

    public bool Incoming { get; set; }

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "CZK";

    public DateOnly BookingDate { get; set; }

    public string? VariableSymbol { get; set; }

    public string? SpecificSymbol { get; set; }

    public string? ConstantSymbol { get; set; }

    public string? CounterAccount { get; set; }

    public string? CounterpartyName { get; set; }

    public string? Message { get; set; }

    /// <summary>The matcher's kind (<c>Exact</c>, <c>Partial</c>, …) or <c>Manual</c> after a clerk's assignment.</summary>
    public string MatchKind { get; set; } = "";

    /// <summary>The receivable (its external id) the line pays: proposed, assigned by hand, or booked.</summary>
    public string? ReceivableId { get; set; }

    /// <summary>Ambiguous: the receivables the clerk chooses from, comma-separated.</summary>
    public string? Candidates { get; set; }

    /// <summary>Partial: what remains; overpayment: the excess.</summary>
    public decimal Difference { get; set; }

    /// <summary>Why, in Czech (the matcher's reason, or why booking refused it).</summary>
    public string Reason { get; set; } = "";

    public LineState State { get; set; }

    public string? BookedBy { get; set; }

    public DateTime? BookedUtc { get; set; }
}

/// <summary>A problem of the file at a line: a rejected line (never booked) or a warning.</summary>
public sealed class StatementImportProblem
{
    public long Id { get; set; }

    public long ImportId { get; set; }

    public int LineNumber { get; set; }

    public bool Rejected { get; set; }

    public string Message { get; set; } = "";
}

/// <summary>
/// A line key once booked: the unique index on <see cref="LineKey"/> is what makes a second import of the same movement
/// book nothing, whichever import, node or clerk tries.
/// </summary>
public sealed class BookedStatementLine
{
    public long Id { get; set; }

    public string LineKey { get; set; } = "";

    public long ImportId { get; set; }

    public long LineId { get; set; }

    public string ReceivableId { get; set; } = "";

    /// <summary>The payment id given to <c>ReceivableWriter.BookPaymentAsync</c>.</summary>
    public string PaymentId { get; set; } = "";

    public DateTime BookedUtc { get; set; }
}
