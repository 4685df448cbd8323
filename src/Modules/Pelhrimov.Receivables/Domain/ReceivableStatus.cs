namespace Pelhrimov.Receivables.Domain;

/// <summary>The state of a receivable. Derived, never stored: see <see cref="ReceivableStatuses.Of"/>.</summary>
public enum ReceivableStatus
{
    Open,
    PartiallyPaid,
    Paid,
    Overdue,
    Cancelled,
}

public static class ReceivableStatuses
{
    /// <summary>
    /// The status from the amount, what was paid, the due date and the cancellation, on <paramref name="today"/> (Prague):
    /// cancelled wins; paid in full (or more) is paid; anything still owed after the due date is overdue; otherwise
    /// partially paid or open. Computed at every read, so "po splatnosti" is never a stale stored value.
    /// </summary>
    public static ReceivableStatus Of(decimal amount, decimal paid, DateOnly dueDate, bool cancelled, DateOnly today) =>
        cancelled ? ReceivableStatus.Cancelled
        : paid >= amount ? ReceivableStatus.Paid
        : today > dueDate ? ReceivableStatus.Overdue
        : paid > 0 ? ReceivableStatus.PartiallyPaid
        : ReceivableStatus.Open;

    public static ReceivableStatus Of(Receivable r, DateOnly today) => Of(r.Amount, r.PaidAmount, r.DueDate, r.Cancelled, today);

    /// <summary>Still something to pay: open, partially paid or overdue.</summary>
    public static bool IsOutstanding(this ReceivableStatus status) =>
        status is ReceivableStatus.Open or ReceivableStatus.PartiallyPaid or ReceivableStatus.Overdue;

    /// <summary>The Czech name citizens and staff read.</summary>
    public static string Label(this ReceivableStatus status) => status switch
    {
        ReceivableStatus.Open => "otevřená",
        ReceivableStatus.PartiallyPaid => "částečně uhrazená",
        ReceivableStatus.Paid => "uhrazená",
        ReceivableStatus.Overdue => "po splatnosti",
        ReceivableStatus.Cancelled => "stornovaná",
        _ => status.ToString(),
    };

    /// <summary>The code the API and the events use: <c>open</c>, <c>partially-paid</c>, <c>paid</c>, <c>overdue</c>, <c>cancelled</c>.</summary>
    public static string Code(this ReceivableStatus status) => status switch
    {
        ReceivableStatus.Open => "open",
        ReceivableStatus.PartiallyPaid => "partially-paid",
        ReceivableStatus.Paid => "paid",
        ReceivableStatus.Overdue => "overdue",
        ReceivableStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };

    public static string Label(this PaymentSource source) => source switch
    {
        PaymentSource.BankStatement => "bankovní výpis",
        PaymentSource.Card => "platba kartou",
        PaymentSource.Cash => "hotově na pokladně",
        PaymentSource.BackOffice => "zapsáno úřadem",
        _ => source.ToString(),
    };

    public static string Code(this PaymentSource source) => source switch
    {
        PaymentSource.BankStatement => "bank-statement",
        PaymentSource.Card => "card",
        PaymentSource.Cash => "cash",
        PaymentSource.BackOffice => "back-office",
        _ => source.ToString(),
    };

    public static PaymentSource? ParseSource(string? code) => code switch
    {
        "bank-statement" => PaymentSource.BankStatement,
        "card" => PaymentSource.Card,
        "cash" => PaymentSource.Cash,
        "back-office" => PaymentSource.BackOffice,
        _ => null,
    };
}
