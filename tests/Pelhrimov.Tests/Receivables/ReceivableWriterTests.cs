using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Tests.Receivables;

/// <summary>The bulk booking a bank statement's chunk uses: one transaction, the same outcomes as booking one by one.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReceivableWriterTests(PortalApp app)
{
    [Fact]
    public async Task A_bulk_booking_books_each_new_payment_once_and_reports_repeats_conflicts_and_unknown_receivables()
    {
        var http = await app.ApiClientAsync();
        var first = ReceivablesTesting.NewId();
        var second = ReceivablesTesting.NewId();
        (await http.PutReceivableAsync(first, ReceivablesTesting.Body(amount: 1_000m))).Dispose();
        (await http.PutReceivableAsync(second, ReceivablesTesting.Body(amount: 500m))).Dispose();
        (await http.PutPaymentAsync(second, "PL-EARLIER", 100m)).Dispose();
        var date = new DateOnly(2026, 4, 2);

        var outcomes = await app.InScopeAsync(sp => sp.GetRequiredService<ReceivableWriter>().BookPaymentsAsync(
        [
            new PaymentBooking(first, new PaymentWrite("PL-A", date, 400m, PaymentSource.BankStatement)),
            new PaymentBooking(first, new PaymentWrite("PL-B", date, 600m, PaymentSource.BankStatement)),
            new PaymentBooking(first, new PaymentWrite("PL-A", date, 400m, PaymentSource.BankStatement)),
            new PaymentBooking(first, new PaymentWrite("PL-B", date, 601m, PaymentSource.BankStatement)),
            new PaymentBooking(second, new PaymentWrite("PL-EARLIER", new DateOnly(2026, 4, 2), 100m, PaymentSource.BankStatement)),
            new PaymentBooking(second, new PaymentWrite("PL-EARLIER", new DateOnly(2026, 4, 3), 100m, PaymentSource.BankStatement)),
            new PaymentBooking("NEZNAMA-" + first, new PaymentWrite("PL-C", date, 1m, PaymentSource.BankStatement)),
        ], TestContext.Current.CancellationToken));

        Assert.Equal([WriteOutcome.Created, WriteOutcome.Created, WriteOutcome.Unchanged, WriteOutcome.Conflict,
            WriteOutcome.Unchanged, WriteOutcome.Conflict, WriteOutcome.NotFound], outcomes);
        var paid = await app.InScopeAsync(sp => sp.GetRequiredService<ReceivablesDbContext>().Receivables.AsNoTracking()
            .Where(r => r.ExternalId == first || r.ExternalId == second).ToDictionaryAsync(r => r.ExternalId, r => r.PaidAmount, TestContext.Current.CancellationToken));
        Assert.Equal(1_000m, paid[first]);
        Assert.Equal(100m, paid[second]);
        // Two payments, two history lines after the creation; the status moved open → partially paid → paid, in order.
        Assert.Equal(3, await app.HistoryCountAsync(first));
        var events = await app.EventsAsync(first);
        Assert.Equal(["receivables.created", "receivables.payment-booked", "receivables.status-changed",
            "receivables.payment-booked", "receivables.status-changed"], events.Select(e => e.Type));
        Assert.Contains("\"newStatus\":\"paid\"", events[4].Payload, StringComparison.Ordinal);
    }
}
