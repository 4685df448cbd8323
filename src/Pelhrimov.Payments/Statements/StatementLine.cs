namespace Pelhrimov.Payments.Statements;

/// <summary>Which way the money moved on the town's account.</summary>
public enum Direction
{
    /// <summary>Money came in (příchozí platba).</summary>
    Credit,

    /// <summary>Money went out (odchozí platba).</summary>
    Debit,
}

/// <summary>
/// One booked movement of a statement. <see cref="Key"/> identifies it across imports: the same transaction in the same
/// statement, or in another statement of the same format that overlaps it, has the same key (ADR 0028).
/// </summary>
public sealed record StatementLine
{
    /// <summary>Stable identity of the movement, unique within the account (e.g. <c>GPC:0001071234567899:20261129:0000000000001:2</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The line of the file it was read from (GPC: the record's line; CAMT: the line of its <c>Ntry</c> or <c>TxDtls</c>).</summary>
    public required int LineNumber { get; init; }

    /// <summary>The effect on the town's account: a reversal of an outgoing payment is a credit.</summary>
    public required Direction Direction { get; init; }

    /// <summary>True for a bank's reversal (storno) of an earlier movement: never a citizen's payment.</summary>
    public bool IsReversal { get; init; }

    /// <summary>Always positive; <see cref="Direction"/> says which way.</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217 code; GPC statements are in the account's currency, taken as CZK.</summary>
    public string Currency { get; init; } = "CZK";

    public required DateOnly BookingDate { get; init; }

    public DateOnly? ValueDate { get; init; }

    /// <summary>Variabilní symbol without leading zeros, or null when the payment carries none.</summary>
    public string? VariableSymbol { get; init; }

    /// <summary>Specifický symbol without leading zeros, or null.</summary>
    public string? SpecificSymbol { get; init; }

    /// <summary>Konstantní symbol without leading zeros, or null.</summary>
    public string? ConstantSymbol { get; init; }

    /// <summary>The other party's account as people write it (<c>19-2000145399/0800</c>, or an IBAN), or null.</summary>
    public string? CounterAccount { get; init; }

    /// <summary>The other party's name or the bank's description of the movement, as the bank wrote it.</summary>
    public string? CounterpartyName { get; init; }

    /// <summary>The bank's own reference of the movement (GPC document number, CAMT <c>AcctSvcrRef</c>).</summary>
    public string? BankReference { get; init; }

    /// <summary>The message for the recipient, where the format carries one.</summary>
    public string? Message { get; init; }

    /// <summary>True for an incoming payment that a receivable can be paid by: a credit in CZK that is not a reversal.</summary>
    public bool IsIncomingPayment => Direction == Direction.Credit && !IsReversal && Currency == "CZK" && Amount > 0;
}
