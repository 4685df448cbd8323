using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>A receivable as the finance system sends it, already validated (see <c>Api/ReceivableRequests.cs</c>).</summary>
public sealed record ReceivableWrite(
    string Id,
    string PersonId,
    string Kind,
    string Period,
    decimal Amount,
    string Currency,
    DateOnly DueDate,
    string VariableSymbol,
    string? SpecificSymbol,
    string? ConstantSymbol,
    BankAccount Account,
    bool Cancelled);

/// <summary>A payment as the finance system sends it, already validated.</summary>
public sealed record PaymentWrite(string Id, DateOnly Date, decimal Amount, PaymentSource Source);

/// <summary>A payment to book to the receivable with the external id <see cref="ReceivableId"/>.</summary>
public sealed record PaymentBooking(string ReceivableId, PaymentWrite Payment);

public enum WriteOutcome
{
    Created,
    Updated,
    Unchanged,
    NotFound,
    Conflict,
}

/// <summary>
/// What a batch did: how many receivables were created, updated and left as they were, and the payment code of each
/// (by receivable id, stored form) for the letters the finance system prints.
/// </summary>
public sealed record BatchOutcome(int Created, int Updated, int Unchanged, IReadOnlyDictionary<string, string> PaymentCodes);

/// <summary>
/// Stores receivables and payments idempotently: writing what is already stored changes nothing (no history line, no
/// event). Each change writes a history line and publishes its events in the same transaction.
/// </summary>
public sealed class ReceivableWriter(ReceivablesDbContext db, CoreDbContext core, IDomainEvents events, TimeProvider clock)
{
    /// <summary>Creates or updates the receivables, all or none, in one transaction.</summary>
    public Task<BatchOutcome> UpsertAsync(IReadOnlyList<ReceivableWrite> writes, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var today = CzechFormat.Today(clock);
            var ids = writes.Select(w => w.Id).ToList();
            var existing = new Dictionary<string, Receivable>(StringComparer.Ordinal);
            foreach (var chunk in ids.Chunk(500))
            {
                foreach (var r in await db.Receivables.Where(r => chunk.Contains(r.ExternalId)).ToListAsync(cancellationToken))
                {
                    existing[r.ExternalId] = r;
                }
            }
            // A row stored before payment codes existed gets its code now (unless the start-up backfill was first);
            // that alone is no change to report.
            await PaymentCodes.FillMissingAsync(db, existing.Values, cancellationToken);
            int created = 0, updated = 0, unchanged = 0;
            foreach (var write in writes)
            {
                if (!existing.TryGetValue(write.Id, out var receivable))
                {
                    receivable = new Receivable { ExternalId = write.Id, CreatedUtc = now, PaymentCode = PaymentCode.New() };
                    Apply(receivable, write, now);
                    receivable.History.Add(new ReceivableHistoryEntry { AtUtc = now, What = "Pohledávka předepsána", Note = CzechFormat.Money(write.Amount) + ", splatná " + CzechFormat.Date(write.DueDate) });
                    db.Receivables.Add(receivable);
                    existing[write.Id] = receivable;
                    events.Publish(new ReceivableCreated(write.Id, write.PersonId, write.Amount, write.Currency, write.DueDate));
                    created++;
                    continue;
                }
                if (Same(receivable, write))
                {
                    unchanged++;
                    continue;
                }
                var before = ReceivableStatuses.Of(receivable, today);
                var what = Describe(receivable, write);
                Apply(receivable, write, now);
                db.History.Add(new ReceivableHistoryEntry { ReceivableId = receivable.Id, AtUtc = now, What = what.What, Note = what.Note });
                PublishStatusChange(receivable, before, today);
                updated++;
            }
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
            return new BatchOutcome(created, updated, unchanged, writes.Select(w => w.Id).Distinct(StringComparer.Ordinal)
                .ToDictionary(id => id, id => existing[id].PaymentCode!, StringComparer.Ordinal));
        }, cancellationToken);

    /// <summary>Books one payment to the receivable with the external id <paramref name="receivableId"/>.</summary>
    public async Task<WriteOutcome> BookPaymentAsync(string receivableId, PaymentWrite payment, CancellationToken cancellationToken) =>
        (await BookPaymentsAsync([new PaymentBooking(receivableId, payment)], cancellationToken))[0];

    /// <summary>
    /// Books payments, all or none, in one transaction: one read of their receivables, one of the payments already stored,
    /// one save — a bank statement's chunk of hundreds of lines costs three round trips, not three per line. A payment id
    /// already stored (or repeated within <paramref name="bookings"/>) with the same date, amount and source is Unchanged,
    /// with other ones a Conflict; a receivable the portal does not know is NotFound. Outcomes are in the order given.
    /// </summary>
    public Task<IReadOnlyList<WriteOutcome>> BookPaymentsAsync(IReadOnlyList<PaymentBooking> bookings, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var externalIds = bookings.Select(b => b.ReceivableId).Distinct().ToList();
            var receivables = await db.Receivables.Where(r => externalIds.Contains(r.ExternalId))
                .ToDictionaryAsync(r => r.ExternalId, StringComparer.Ordinal, cancellationToken);
            var keys = receivables.Values.Select(r => r.Id).ToList();
            var paymentIds = bookings.Select(b => b.Payment.Id).Distinct().ToList();
            var stored = (await db.Payments.AsNoTracking()
                    .Where(p => keys.Contains(p.ReceivableId) && paymentIds.Contains(p.ExternalId))
                    .Select(p => new { p.ReceivableId, p.ExternalId, p.Date, p.Amount, p.Source })
                    .ToListAsync(cancellationToken))
                .ToDictionary(p => (p.ReceivableId, p.ExternalId), p => new PaymentWrite(p.ExternalId, p.Date, p.Amount, p.Source));
            var now = clock.GetUtcNow().UtcDateTime;
            var today = CzechFormat.Today(clock);
            var outcomes = new WriteOutcome[bookings.Count];
            for (var i = 0; i < bookings.Count; i++)
            {
                var payment = bookings[i].Payment;
                if (!receivables.TryGetValue(bookings[i].ReceivableId, out var receivable))
                {
                    outcomes[i] = WriteOutcome.NotFound;
                    continue;
                }
                if (stored.TryGetValue((receivable.Id, payment.Id), out var earlier))
                {
                    outcomes[i] = earlier == payment ? WriteOutcome.Unchanged : WriteOutcome.Conflict;
                    continue;
                }
                stored[(receivable.Id, payment.Id)] = payment;
                Book(receivable, payment, now, today);
                outcomes[i] = WriteOutcome.Created;
            }
            if (outcomes.Contains(WriteOutcome.Created))
            {
                await db.SaveChangesAsync(cancellationToken);
                await core.SaveChangesAsync(cancellationToken);
            }
            return (IReadOnlyList<WriteOutcome>)outcomes;
        }, cancellationToken);

    private void Book(Receivable receivable, PaymentWrite payment, DateTime now, DateOnly today)
    {
        var before = ReceivableStatuses.Of(receivable, today);
        db.Payments.Add(new ReceivablePayment
        {
            ReceivableId = receivable.Id, ExternalId = payment.Id, Date = payment.Date, Amount = payment.Amount,
            Source = payment.Source, CreatedUtc = now,
        });
        receivable.PaidAmount += payment.Amount;
        receivable.UpdatedUtc = now;
        var outstanding = receivable.Amount - receivable.PaidAmount;
        db.History.Add(new ReceivableHistoryEntry
        {
            ReceivableId = receivable.Id, AtUtc = now,
            What = "Přijata platba " + CzechFormat.Money(payment.Amount),
            Note = $"{payment.Source.Label()}, {CzechFormat.Date(payment.Date)}"
                + (outstanding < 0 ? ", přeplatek " + CzechFormat.Money(-outstanding) : outstanding > 0 ? ", zbývá " + CzechFormat.Money(outstanding) : ""),
        });
        events.Publish(new ReceivablePaymentBooked(receivable.ExternalId, payment.Id, receivable.PersonId, payment.Amount, payment.Date, payment.Source.Code(), outstanding));
        PublishStatusChange(receivable, before, today);
    }

    private void PublishStatusChange(Receivable receivable, ReceivableStatus before, DateOnly today)
    {
        var after = ReceivableStatuses.Of(receivable, today);
        if (after != before)
        {
            events.Publish(new ReceivableStatusChanged(receivable.ExternalId, receivable.PersonId, before.Code(), after.Code()));
        }
    }

    private static bool Same(Receivable r, ReceivableWrite w) =>
        r.PersonId == w.PersonId && r.Kind == w.Kind && r.Period == w.Period && r.Amount == w.Amount && r.Currency == w.Currency
        && r.DueDate == w.DueDate && r.VariableSymbol == w.VariableSymbol && r.SpecificSymbol == w.SpecificSymbol
        && r.ConstantSymbol == w.ConstantSymbol && r.Account == w.Account && r.Cancelled == w.Cancelled;

    private static (string What, string? Note) Describe(Receivable r, ReceivableWrite w) =>
        w.Cancelled && !r.Cancelled ? ("Pohledávka stornována", null)
        : !w.Cancelled && r.Cancelled ? ("Storno pohledávky zrušeno", null)
        : r.Amount != w.Amount ? ("Změněna částka", CzechFormat.Money(r.Amount) + " → " + CzechFormat.Money(w.Amount))
        : r.DueDate != w.DueDate ? ("Změněno datum splatnosti", CzechFormat.Date(r.DueDate) + " → " + CzechFormat.Date(w.DueDate))
        : ("Upraveny údaje pohledávky", null);

    private static void Apply(Receivable r, ReceivableWrite w, DateTime now)
    {
        r.PersonId = w.PersonId;
        r.Kind = w.Kind;
        r.Period = w.Period;
        r.Amount = w.Amount;
        r.Currency = w.Currency;
        r.DueDate = w.DueDate;
        r.VariableSymbol = w.VariableSymbol;
        r.SpecificSymbol = w.SpecificSymbol;
        r.ConstantSymbol = w.ConstantSymbol;
        r.AccountPrefix = w.Account.Prefix;
        r.AccountNumber = w.Account.Number;
        r.BankCode = w.Account.BankCode;
        r.Cancelled = w.Cancelled;
        r.UpdatedUtc = now;
    }
}
