namespace Pelhrimov.Core.Events.Contracts;

// Receivable events carry ids and amounts only: the back-office person id names the debtor, never a name.

/// <summary>The finance system sent a receivable the portal did not know (<paramref name="ReceivableId"/> is its id there).</summary>
[DomainEvent("receivables.created", 1, "Receivables")]
public sealed record ReceivableCreated(string ReceivableId, string PersonId, decimal Amount, string Currency, DateOnly DueDate) : IDomainEvent;

/// <summary>
/// A receivable's stored status changed through a write (an upsert, a payment, a cancellation): <c>open</c>,
/// <c>partially-paid</c>, <c>paid</c>, <c>overdue</c>, <c>cancelled</c>. Passing the due date alone publishes nothing.
/// </summary>
[DomainEvent("receivables.status-changed", 1, "Receivables")]
public sealed record ReceivableStatusChanged(string ReceivableId, string PersonId, string OldStatus, string NewStatus) : IDomainEvent;

/// <summary>A payment was booked against a receivable; <paramref name="Outstanding"/> is what is left (negative: overpaid).</summary>
[DomainEvent("receivables.payment-booked", 1, "Receivables")]
public sealed record ReceivablePaymentBooked(string ReceivableId, string PaymentId, string PersonId, decimal Amount, DateOnly Date, string Source, decimal Outstanding) : IDomainEvent;
