using Pelhrimov.Payments.Gateways;

namespace Pelhrimov.Receivables.CardPayments.Domain;

/// <summary>
/// One attempt of a citizen to pay receivables by card: created before the payer is sent to the gateway, its status kept
/// with <see cref="PaymentStatuses.Merge"/> from the gateway's answers only. Booked once, when it becomes Paid.
/// </summary>
public sealed class CardPaymentAttempt
{
    public long Id { get; set; }

    /// <summary>Our reference (the gateway's <c>refId</c>) and the return page's address: random, not guessable.</summary>
    public string Reference { get; set; } = "";

    /// <summary>The gateway's <see cref="IPaymentGateway.Name"/>, e.g. <c>comgate</c>.</summary>
    public string Gateway { get; set; } = "";

    /// <summary>The gateway's transaction id (unique); null until the gateway created the payment, or when it never did.</summary>
    public string? TransactionId { get; set; }

    /// <summary>The whole amount in CZK, the sum of <see cref="Items"/>.</summary>
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "CZK";

    /// <summary>
    /// The "account" of attempts started on <c>/zaplatit</c> without signing in (ADR 0035): no citizen account has this
    /// id, so the citizens' pages never show such an attempt; its result page is reached by its reference alone.
    /// </summary>
    public static readonly Guid NoAccount = Guid.Empty;

    /// <summary>The citizen account that started it: the only one who may see its result; <see cref="NoAccount"/> without signing in.</summary>
    public Guid AccountId { get; set; }

    public PaymentStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>When the receivables were booked (the transition to Paid); null before.</summary>
    public DateTime? BookedUtc { get; set; }

    /// <summary>How many verified notifications about it the gateway sent (repeated and late ones included).</summary>
    public int Notifications { get; set; }

    public List<CardPaymentItem> Items { get; set; } = [];
}

/// <summary>One receivable an attempt pays and how much of it (what remained to pay when the attempt was made).</summary>
public sealed class CardPaymentItem
{
    public long Id { get; set; }

    public long AttemptId { get; set; }

    /// <summary>The receivable's id (<c>ReceivableSummary.Id</c>, the finance system's id).</summary>
    public string ReceivableId { get; set; } = "";

    /// <summary>What it is for, as the receipt shows it: "Poplatek ze psů 2026".</summary>
    public string Label { get; set; } = "";

    public decimal Amount { get; set; }
}
