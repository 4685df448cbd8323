using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Receivables.CardPayments.Data;

namespace Pelhrimov.Receivables.CardPayments.Services;

/// <summary>The <c>CardPayments</c> configuration section.</summary>
public sealed class CardPaymentsOptions
{
    public const string Section = "CardPayments";

    /// <summary>How long an attempt may stay Pending before the scheduled job asks the gateway about it.</summary>
    public TimeSpan PendingCheckAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many attempts one run of the job asks about at most.</summary>
    public int PendingCheckBatch { get; set; } = 100;
}

/// <summary>
/// Asks the gateway about attempts still Pending (or Authorized) after <see cref="CardPaymentsOptions.PendingCheckAfter"/>
/// — the payer never came back and no notification arrived — and books or cancels them like a notification would.
/// An attempt the gateway never created (no transaction id) is cancelled.
/// </summary>
public sealed class PendingCardPaymentsJob(
    CardPaymentsDbContext db, CardPaymentBooking booking, IPaymentGateway gateway, IOptions<CardPaymentsOptions> options,
    TimeProvider clock, ILogger<PendingCardPaymentsJob> logger) : IScheduledJob
{
    public const string Name = "receivables.card-payments.check-pending";

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - options.Value.PendingCheckAfter;
        var open = await db.Attempts.AsNoTracking()
            .Where(a => (a.Status == PaymentStatus.Pending || a.Status == PaymentStatus.Authorized) && a.CreatedUtc <= before)
            .OrderBy(a => a.CreatedUtc).Take(options.Value.PendingCheckBatch).ToListAsync(cancellationToken);
        var failed = 0;
        foreach (var attempt in open)
        {
            if (attempt.TransactionId is null)
            {
                await db.Attempts.Where(a => a.Id == attempt.Id && a.Status == attempt.Status && a.TransactionId == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, PaymentStatus.Cancelled).SetProperty(a => a.UpdatedUtc, now), cancellationToken);
                continue;
            }
            try
            {
                await booking.RefreshAsync(attempt, gateway, cancellationToken);
            }
            catch (PaymentGatewayException e)
            {
                failed++;
                logger.LogWarning(e, "The gateway did not answer about card payment {TransactionId}; asked again at the next run.", attempt.TransactionId);
            }
        }
        if (failed > 0 && failed == open.Count)
        {
            throw new InvalidOperationException($"The payment gateway did not answer about any of {failed} pending card payments.");
        }
    }
}
