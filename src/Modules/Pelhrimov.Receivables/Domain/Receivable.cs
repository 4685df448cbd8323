namespace Pelhrimov.Receivables.Domain;

/// <summary>
/// What a person owes the town: one prescribed amount (a fee for a year, a month's rent, a fine) as the finance system
/// sent it. Stored under the back-office person id; citizens see it through their link to that person.
/// </summary>
public sealed class Receivable
{
    public long Id { get; set; }

    /// <summary>The finance system's id of the receivable (the <c>{id}</c> of <c>PUT /api/v1/pohledavky/{id}</c>).</summary>
    public string ExternalId { get; set; } = "";

    /// <summary>The back-office person id (<c>OS-000001</c>).</summary>
    public string PersonId { get; set; } = "";

    /// <summary>What it is for, as citizens read it: "Poplatek za komunální odpad".</summary>
    public string Kind { get; set; } = "";

    /// <summary>The period it covers: "2026", "1. pololetí 2026", "03/2026".</summary>
    public string Period { get; set; } = "";

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "CZK";

    public DateOnly DueDate { get; set; }

    public string VariableSymbol { get; set; } = "";

    public string? SpecificSymbol { get; set; }

    public string? ConstantSymbol { get; set; }

    /// <summary>Account prefix (předčíslí), null without one.</summary>
    public string? AccountPrefix { get; set; }

    public string AccountNumber { get; set; } = "";

    public string BankCode { get; set; } = "";

    /// <summary>Cancelled (stornovaná) by the finance system: nothing is owed any more.</summary>
    public bool Cancelled { get; set; }

    /// <summary>The sum of <see cref="Payments"/>, kept with every booked payment so that lists and totals need no join.</summary>
    public decimal PaidAmount { get; set; }

    /// <summary>
    /// The code for paying without signing in (<see cref="Domain.PaymentCode"/>), stored without the dash. Null only on
    /// rows stored before codes existed, until the start-up backfill or an upsert of the row gives them one.
    /// </summary>
    public string? PaymentCode { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public List<ReceivablePayment> Payments { get; set; } = [];

    public List<ReceivableHistoryEntry> History { get; set; } = [];

    public BankAccount Account => new(AccountPrefix, AccountNumber, BankCode);
}

/// <summary>A payment booked against a receivable. Payments are facts: once booked they do not change.</summary>
public sealed class ReceivablePayment
{
    public long Id { get; set; }

    public long ReceivableId { get; set; }

    /// <summary>The finance system's id of the payment, unique within its receivable.</summary>
    public string ExternalId { get; set; } = "";

    public DateOnly Date { get; set; }

    public decimal Amount { get; set; }

    public PaymentSource Source { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>Where a payment came from.</summary>
public enum PaymentSource
{
    BankStatement,
    Card,
    Cash,
    BackOffice,
}

/// <summary>One line of a receivable's history as the citizen reads it: when, what happened, an optional note.</summary>
public sealed class ReceivableHistoryEntry
{
    public long Id { get; set; }

    public long ReceivableId { get; set; }

    public DateTime AtUtc { get; set; }

    public string What { get; set; } = "";

    public string? Note { get; set; }
}
