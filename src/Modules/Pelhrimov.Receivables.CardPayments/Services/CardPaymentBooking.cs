using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Receivables.CardPayments.Data;
using Pelhrimov.Receivables.CardPayments.Domain;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.CardPayments.Services;

/// <summary>What applying a gateway's report to an attempt did.</summary>
public enum BookingOutcome
{
    /// <summary>No attempt has this transaction id.</summary>
    UnknownTransaction,

    /// <summary>The report does not describe the attempt (another amount, currency or reference): nothing changed.</summary>
    Mismatch,

    /// <summary>The stored status stays (already final, or the same status again).</summary>
    Unchanged,

    /// <summary>The stored status changed, but not to Paid.</summary>
    StatusChanged,

    /// <summary>The attempt became Paid and its receivables were booked, in this very call.</summary>
    Booked,
}

/// <summary>
/// Applies the gateway's answer about a payment to its attempt, exactly once: the stored status is merged with
/// <see cref="PaymentStatuses.Merge"/> by a conditional update (<c>WHERE status = the status read</c>), and the
/// transition to Paid books each receivable's share with <see cref="ReceivableWriter.BookPaymentAsync"/> in the same
/// transaction. Of two concurrent callers only one changes the row; the other sees no row changed and books nothing.
/// </summary>
public sealed class CardPaymentBooking(
    CardPaymentsDbContext db, ReceivablesDbContext receivablesDb, CoreDbContext core, ReceivableWriter writer,
    TimeProvider clock, ILogger<CardPaymentBooking> logger)
{
    /// <summary>The id of the payment booked on each receivable an attempt pays: one per transaction and receivable.</summary>
    public static string PaymentId(string transactionId) => "card-" + transactionId;

    /// <summary>Merges the reported status into the attempt and books the transition to Paid; <paramref name="notified"/>
    /// counts a verified notification on the attempt.</summary>
    public Task<BookingOutcome> ApplyAsync(PaymentStatusReport report, CancellationToken cancellationToken, bool notified = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return SharedTransaction.RunAsync(db, [receivablesDb, core], async () =>
        {
            var attempt = await db.Attempts.AsNoTracking().Include(a => a.Items)
                .FirstOrDefaultAsync(a => a.TransactionId == report.TransactionId, cancellationToken);
            if (attempt is null)
            {
                logger.LogWarning("The gateway reported transaction {TransactionId}, which no card payment attempt has.", report.TransactionId);
                return BookingOutcome.UnknownTransaction;
            }
            if (report.Amount != attempt.Amount || !string.Equals(report.Currency, attempt.Currency, StringComparison.Ordinal)
                || !string.Equals(report.Reference, attempt.Reference, StringComparison.Ordinal))
            {
                logger.LogError("The gateway's report about {TransactionId} ({Amount} {Currency}, {Reference}) does not match attempt {AttemptReference} ({AttemptAmount} {AttemptCurrency}); nothing booked.",
                    report.TransactionId, report.Amount, report.Currency, report.Reference, attempt.Reference, attempt.Amount, attempt.Currency);
                return BookingOutcome.Mismatch;
            }
            if (notified)
            {
                await db.Attempts.Where(a => a.Id == attempt.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Notifications, a => a.Notifications + 1), cancellationToken);
            }
            var merged = attempt.Status.Merge(report.Status);
            if (merged == attempt.Status)
            {
                return BookingOutcome.Unchanged;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            DateTime? bookedUtc = merged == PaymentStatus.Paid ? now : null;
            var changed = await db.Attempts
                .Where(a => a.Id == attempt.Id && a.Status == attempt.Status)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, merged)
                    .SetProperty(a => a.UpdatedUtc, now)
                    .SetProperty(a => a.BookedUtc, bookedUtc), cancellationToken);
            if (changed == 0)
            {
                // Another request changed the status between our read and our update; what it did stands.
                return BookingOutcome.Unchanged;
            }
            if (merged != PaymentStatus.Paid)
            {
                return BookingOutcome.StatusChanged;
            }
            var today = CzechFormat.Today(clock);
            foreach (var item in attempt.Items)
            {
                var outcome = await writer.BookPaymentAsync(item.ReceivableId,
                    new PaymentWrite(PaymentId(report.TransactionId), today, item.Amount, PaymentSource.Card), cancellationToken);
                if (outcome is WriteOutcome.NotFound or WriteOutcome.Conflict)
                {
                    // Rolls the whole transaction back: the status stays, the gateway's next notification tries again.
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"Booking card payment {report.TransactionId} on receivable {item.ReceivableId} failed: {outcome}."));
                }
            }
            logger.LogInformation("Card payment {TransactionId} ({Amount} CZK) booked on {Count} receivables.", report.TransactionId, attempt.Amount, attempt.Items.Count);
            return BookingOutcome.Booked;
        }, cancellationToken);
    }

    /// <summary>
    /// The attempt as its result page shows it when the payer's browser comes back: the browser's arrival proves nothing,
    /// so an attempt that is not final is asked about at the gateway (and booked here if it says Paid), then read again
    /// through <paramref name="reload"/>. <c>GatewayUnavailable</c> when the gateway could not be asked.
    /// </summary>
    public async Task<(CardPaymentAttempt Attempt, bool GatewayUnavailable)> OnReturnAsync(
        CardPaymentAttempt attempt, IPaymentGateway gateway, Func<Task<CardPaymentAttempt?>> reload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(reload);
        if (attempt.Status.IsFinal() || attempt.TransactionId is null)
        {
            return (attempt, false);
        }
        try
        {
            await RefreshAsync(attempt, gateway, cancellationToken);
            return (await reload() ?? attempt, false);
        }
        catch (PaymentGatewayException)
        {
            return (attempt, true);
        }
    }

    /// <summary>Asks the gateway about an attempt that is not final yet and applies the answer.</summary>
    /// <exception cref="PaymentGatewayException">The gateway could not be asked.</exception>
    public async Task<BookingOutcome> RefreshAsync(CardPaymentAttempt attempt, IPaymentGateway gateway, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(gateway);
        if (attempt.TransactionId is null || attempt.Status.IsFinal())
        {
            return BookingOutcome.Unchanged;
        }
        var report = await gateway.GetStatusAsync(attempt.TransactionId, cancellationToken);
        return await ApplyAsync(report, cancellationToken);
    }
}
