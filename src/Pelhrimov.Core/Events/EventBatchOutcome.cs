using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Events;

/// <summary>What the handlers of one claimed batch did, stored by group commit: one transaction records every outcome
/// that came in since the last one.</summary>
/// <remarks>
/// One commit for many deliveries instead of one each is what makes dispatch fast on SQLite, where every commit waits for
/// the disk (docs/benchmarks.md). While one outcome is being written, the outcomes of the handlers that finish meanwhile
/// queue up and go into the next write, so a busy batch needs a few commits and a slow handler's neighbours are still
/// recorded within milliseconds (a crash re-runs only what finished during the last write). Every row is updated only
/// under this batch's claim token, so a delivery whose lease lapsed and that another node took is left to that node; a
/// handler that stored its effects with <see cref="EventContext.CompleteAsync"/> has marked its delivery done itself.
/// </remarks>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Its SemaphoreSlim only waits asynchronously and never creates a wait handle: nothing to dispose.")]
internal sealed class EventBatchOutcome(Guid claim, CoreDbContext db, EventOptions settings, TimeProvider clock, ILogger logger)
{
    private readonly ConcurrentQueue<long> _done = new();
    private readonly ConcurrentQueue<(EventDelivery Row, Exception Error)> _failed = new();
    private readonly SemaphoreSlim _writing = new(1, 1);

    public Guid Claim { get; } = claim;

    public void Done(long deliveryId) => _done.Enqueue(deliveryId);

    public void Failed(EventDelivery row, Exception error) => _failed.Enqueue((row, error));

    /// <summary>Writes what has queued up, unless a write is under way (it or the next one will take it).</summary>
    public async Task WriteIfIdleAsync()
    {
        while ((!_done.IsEmpty || !_failed.IsEmpty) && _writing.Wait(0))
        {
            try
            {
                await WriteQueuedAsync(release: false);
            }
            finally
            {
                _writing.Release();
            }
        }
    }

    /// <summary>Writes what is left and releases the batch's deliveries that were not run (shutting down, lease running
    /// out), so that the next claim takes them at once.</summary>
    public async Task FinishAsync()
    {
        await _writing.WaitAsync(CancellationToken.None);
        try
        {
            await WriteQueuedAsync(release: true);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Marks the successes done and schedules the failures' retries (or fails them for good) in one transaction.
    /// Not cancellable: the handlers ran, so the rows must say so.</summary>
    private async Task WriteQueuedAsync(bool release)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var done = Drain(_done);
        var failures = Drain(_failed).Select(f => (f.Row, f.Error, Attempts: f.Row.Attempts + 1)).ToList();
        if (done.Count == 0 && failures.Count == 0 && !release)
        {
            return;
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None))
        {
            if (done.Count > 0)
            {
                await db.EventDeliveries.Where(d => done.Contains(d.Id) && d.ClaimToken == Claim && d.Status == DeliveryStatus.Pending)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(d => d.Status, DeliveryStatus.Done)
                        .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                        .SetProperty(d => d.CompletedUtc, now)
                        .SetProperty(d => d.LastError, (string?)null)
                        .SetProperty(d => d.ClaimToken, (Guid?)null)
                        .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            }
            foreach (var (row, error, attempts) in failures)
            {
                var status = attempts >= settings.MaxAttempts ? DeliveryStatus.Failed : DeliveryStatus.Pending;
                var message = $"{error.GetType().Name}: {error.Message}";
                message = message.Length > EventDelivery.LastErrorMaxLength ? message[..EventDelivery.LastErrorMaxLength] : message;
                var next = now + settings.RetryDelay(attempts);
                await db.EventDeliveries.Where(d => d.Id == row.Id && d.ClaimToken == Claim && d.Status == DeliveryStatus.Pending)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(d => d.Status, status)
                        .SetProperty(d => d.Attempts, attempts)
                        .SetProperty(d => d.LastError, message)
                        .SetProperty(d => d.NextAttemptUtc, next)
                        .SetProperty(d => d.ClaimToken, (Guid?)null)
                        .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            }
            if (release)
            {
                await db.EventDeliveries.Where(d => d.ClaimToken == Claim && d.Status == DeliveryStatus.Pending).ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.ClaimToken, (Guid?)null)
                    .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            }
            await transaction.CommitAsync(CancellationToken.None);
        }
        foreach (var (row, error, attempts) in failures)
        {
            if (attempts >= settings.MaxAttempts)
            {
                logger.LogError(error, "Handler {Handler} failed for good on event {EventId} ({Type}) after {Attempts} attempts.", row.Handler, row.EventId, row.Event.Type, attempts);
            }
            else
            {
                logger.LogWarning(error, "Handler {Handler} failed on event {EventId} ({Type}, attempt {Attempts}); retrying at {Next:o}.", row.Handler, row.EventId, row.Event.Type, attempts, now + settings.RetryDelay(attempts));
            }
        }
    }

    private static List<T> Drain<T>(ConcurrentQueue<T> queue)
    {
        var items = new List<T>();
        while (queue.TryDequeue(out var item))
        {
            items.Add(item);
        }
        return items;
    }
}
