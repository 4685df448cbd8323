namespace Pelhrimov.Payments.Statements;

/// <summary>How the 16-digit account numbers of a GPC file are written.</summary>
public enum GpcAccountFormat
{
    /// <summary>Decided per file from the header's own account: the form whose mod-11 checks pass (standard when both or neither do).</summary>
    Detect,

    /// <summary>Prefix (6) + number (10), as most banks export.</summary>
    Standard,

    /// <summary>The banks' internal permuted form (C10 C8 C9 C6 C1 C2 C3 C4 C5 C7 P1…P6), a setting at some banks.</summary>
    Internal,
}

/// <summary>Which posting codes (field 61 of a 075 record) mean reversals: banks differ (docs/bank-statements.md).</summary>
public enum GpcReversalCodes
{
    /// <summary>Fio banka and Komerční banka: 4 = reversal of a debit, 5 = reversal of a credit.</summary>
    FourAndFive,

    /// <summary>Česká spořitelna's specification: 3 = reversal of a debit, 4 = reversal of a credit.</summary>
    ThreeAndFour,
}

/// <summary>Per-bank settings of the GPC parser; the defaults read Fio and KB exports and the ČS layout of the 075 fields.</summary>
public sealed record GpcOptions
{
    public GpcAccountFormat AccountFormat { get; init; } = GpcAccountFormat.Detect;

    public GpcReversalCodes ReversalCodes { get; init; } = GpcReversalCodes.FourAndFive;

    /// <summary>The bank code of the town's account: GPC headers do not carry it. Without it the account is shown without
    /// <c>/kód</c> and has no IBAN.</summary>
    public string? BankCode { get; init; }

    /// <summary>Larger files are refused before reading (a 10 000-line statement is about 1.3 MB).</summary>
    public long MaxBytes { get; init; } = 20 * 1024 * 1024;
}
