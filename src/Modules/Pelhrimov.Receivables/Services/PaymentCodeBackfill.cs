using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Receivables.Data;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// Gives every receivable stored before payment codes existed its code, in batches. Idempotent (rows with a code are
/// never touched) and safe on several nodes at once: each row is claimed with a conditional update, so a row claimed by
/// another node keeps that node's code and is not counted here.
/// </summary>
public sealed class PaymentCodeBackfill(ReceivablesDbContext db)
{
    public const int BatchSize = 500;

    /// <summary>Fills the missing codes; returns how many rows this call gave a code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var filled = 0;
        var after = 0L;
        while (true)
        {
            var ids = await db.Receivables.AsNoTracking().Where(r => r.PaymentCode == null && r.Id > after)
                .OrderBy(r => r.Id).Select(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return filled;
            }
            foreach (var id in ids)
            {
                filled += await PaymentCodes.ClaimAsync(db, id, cancellationToken);
            }
            after = ids[^1];
        }
    }
}

/// <summary>Runs <see cref="PaymentCodeBackfill"/> once after every start, in the background after the first response (ADR 0011).</summary>
public sealed class PaymentCodeBackfillOnStart(IServiceScopeFactory scopes, StartupGate startup, ILogger<PaymentCodeBackfillOnStart> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.WaitAsync(stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var filled = await scope.ServiceProvider.GetRequiredService<PaymentCodeBackfill>().RunAsync(stoppingToken);
            if (filled > 0)
            {
                logger.LogInformation("Payment codes given to {Count} receivables stored before codes existed", filled);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The next start tries again; until then those rows cannot be paid with a code, as before the backfill.
            logger.LogWarning(e, "Payment codes of older receivables could not be filled; the next start tries again");
        }
    }
}
