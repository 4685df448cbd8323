using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Core.Events;

/// <summary>
/// Deletes stored events whose deliveries are all done and that are older than <see cref="EventOptions.Retention"/>,
/// and events with failed deliveries (dead letters) older than <see cref="EventOptions.FailedRetention"/>. An event with
/// a pending delivery is never deleted, however old: it is still being dispatched or was put back by "Zkusit znovu".
/// </summary>
public sealed class PruneEventsJob(CoreDbContext db, IOptionsMonitor<EventOptions> options, TimeProvider clock, ILogger<PruneEventsJob> logger) : IScheduledJob
{
    public const string Name = "core.prune-events";

    public static readonly JobSchedule Schedule = JobSchedule.Every(TimeSpan.FromHours(6));

    /// <summary>Events deleted per transaction, so that a first prune of a large table does not hold the write lock long.</summary>
    private const int Chunk = 1000;

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var pruned = await PruneAsync(cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} old handled events", pruned);
        }
    }

    /// <summary>Deletes what is past its retention; returns how many events were deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow().UtcDateTime;
        var handledBefore = now - settings.Retention;
        var failedBefore = now - settings.FailedRetention;
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var ids = await db.Events.AsNoTracking()
                .Where(e => (e.OccurredUtc < handledBefore && e.Deliveries.All(d => d.Status == DeliveryStatus.Done))
                    || (e.OccurredUtc < failedBefore && !e.Deliveries.Any(d => d.Status == DeliveryStatus.Pending)))
                .OrderBy(e => e.Id).Select(e => e.Id).Take(Chunk).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }
            await SharedTransaction.RunAsync(db, [], async () =>
            {
                // A delivery put back to Pending since the query (an administrator's retry) keeps itself and its event.
                await db.EventDeliveries.Where(d => ids.Contains(d.EventId) && d.Status != DeliveryStatus.Pending).ExecuteDeleteAsync(cancellationToken);
                total += await db.Events.Where(e => ids.Contains(e.Id) && !e.Deliveries.Any()).ExecuteDeleteAsync(cancellationToken);
            }, cancellationToken);
            if (ids.Count < Chunk)
            {
                break;
            }
        }
        return total;
    }
}
