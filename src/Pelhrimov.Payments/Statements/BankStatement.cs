namespace Pelhrimov.Payments.Statements;

/// <summary>The file format of a statement.</summary>
public enum StatementFormat
{
    /// <summary>GPC/ABO, fixed-width text in windows-1250 (records 074 and 075).</summary>
    Gpc,

    /// <summary>ISO 20022 camt.053 XML (BkToCstmrStmt).</summary>
    Camt053,
}

/// <summary>
/// One statement of one account: its identity, balances and booked lines. <see cref="Key"/> is the same whenever the
/// same statement is imported again, so that an importer can say "already imported" before looking at its lines.
/// </summary>
public sealed record BankStatement
{
    /// <summary>Account + statement number and period, e.g. <c>GPC:0001071234567899:2026:233</c> (ADR 0028).</summary>
    public required string Key { get; init; }

    public required StatementFormat Format { get; init; }

    /// <summary>The town's account as people write it: <c>107-1234567899/0100</c>, or without the bank code when a GPC
    /// file does not say it and none was configured.</summary>
    public required string Account { get; init; }

    /// <summary>The account's IBAN when known (CAMT always; GPC with a configured bank code).</summary>
    public string? AccountIban { get; init; }

    /// <summary>The bank's statement number (GPC: within the year; CAMT: <c>LglSeqNb</c>, <c>ElctrncSeqNb</c> or <c>Id</c>).</summary>
    public required string Number { get; init; }

    /// <summary>Date of the opening balance (GPC) or start of the period (CAMT), when the file says it.</summary>
    public DateOnly? PeriodFrom { get; init; }

    /// <summary>The statement's date (GPC) or end of its period (CAMT).</summary>
    public required DateOnly PeriodTo { get; init; }

    public decimal? OpeningBalance { get; init; }

    public decimal? ClosingBalance { get; init; }

    /// <summary>The line of the file where the statement starts.</summary>
    public required int LineNumber { get; init; }

    public required IReadOnlyList<StatementLine> Lines { get; init; }
}

/// <summary>What kind of problem a file has at a place.</summary>
public enum ProblemKind
{
    /// <summary>The line was not read into a payment; a clerk must look at it.</summary>
    RejectedLine,

    /// <summary>The statement was read, but something does not add up (balances, turnovers).</summary>
    Warning,
}

/// <summary>A problem found at a line of the file, with a Czech reason for the clerk.</summary>
public sealed record StatementProblem(int LineNumber, ProblemKind Kind, string Message)
{
    /// <summary><c>Řádek 12: …</c></summary>
    public override string ToString() => $"Řádek {LineNumber}: {Message}";
}

/// <summary>What a statement file held: its statements (a file may carry several) and the problems found in it.</summary>
public sealed record StatementFile(StatementFormat Format, IReadOnlyList<BankStatement> Statements, IReadOnlyList<StatementProblem> Problems)
{
    /// <summary>Every line of every statement, in file order.</summary>
    public IEnumerable<StatementLine> Lines => Statements.SelectMany(statement => statement.Lines);
}

/// <summary>
/// The file cannot be read as a statement at all (wrong encoding, not GPC, not camt.053, too large, a DTD): nothing of it
/// is to be booked. <see cref="Exception.Message"/> is Czech and meant for the clerk.
/// </summary>
public sealed class StatementFormatException(string message, Exception? inner = null) : Exception(message, inner);
