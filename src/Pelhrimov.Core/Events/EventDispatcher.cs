using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Events;

/// <summary>One node's dispatch of stored events: claims due deliveries, runs their handlers, records the outcome.</summary>
/// <remarks>
/// A claim is one conditional UPDATE of up to <see cref="EventOptions.BatchSize"/> rows (pending, due and not held by an
/// unexpired lease), as in the e-mail outbox, so two nodes never run the same delivery at once. Each handler runs in its
/// own scope; a batch runs up to <see cref="EventOptions.Concurrency"/> handlers at a time (one while the node is busy
/// answering requests: <see cref="HandlerSlots"/>), and their outcomes are stored
/// by group commit (<see cref="EventBatchOutcome"/>). A node that dies mid-batch leaves what was not recorded to be
/// claimed again when the lease lapses: at least once (a handler that finished just before the crash runs again, unless
/// it marked its delivery done with <see cref="EventContext.CompleteAsync"/>).
/// </remarks>
public sealed class EventDispatcher(
    IServiceScopeFactory scopes,
    EventCatalog catalog,
    IOptionsMonitor<EventOptions> options,
    TimeProvider clock,
    RequestsInFlight requests,
    ILogger<EventDispatcher> logger)
{
    /// <summary>This process, as shown in the admin next to a claimed delivery.</summary>
    public static readonly string Node = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Runs every delivery that is due now; returns how many were handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var handled = 0;
        while (true)
        {
            var settings = options.CurrentValue;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var batch = await ClaimAsync(db, settings, cancellationToken);
            if (batch.Rows.Count == 0)
            {
                return handled;
            }
            handled += await RunAsync(db, batch, settings, cancellationToken);
            if (batch.Rows.Count < settings.BatchSize)
            {
                return handled;
            }
        }
    }

    /// <summary>When the next pending delivery not held by another node becomes due (null when none is waiting).</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.EventDeliveries
            .Where(d => d.Status == DeliveryStatus.Pending && (d.LeaseUntilUtc == null || d.LeaseUntilUtc < now))
            .OrderBy(d => d.NextAttemptUtc).Select(d => (DateTime?)d.NextAttemptUtc).FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record Batch(Guid Token, DateTime LeaseUntil, List<EventDelivery> Rows);

    private async Task<Batch> ClaimAsync(CoreDbContext db, EventOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await Due(db.EventDeliveries.AsNoTracking(), now)
            .OrderBy(d => d.NextAttemptUtc).ThenBy(d => d.Id)
            .Select(d => d.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        var token = Guid.NewGuid();
        var until = now + settings.LeaseDuration;
        if (candidates.Count == 0)
        {
            return new Batch(token, until, []);
        }
        await Due(db.EventDeliveries.Where(d => candidates.Contains(d.Id)), now).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.ClaimToken, token)
            .SetProperty(d => d.ClaimedBy, Node)
            .SetProperty(d => d.LeaseUntilUtc, until), cancellationToken);
        // By key and token: the token has no index, and looking for it alone read every delivery ever made.
        var rows = await db.EventDeliveries.AsNoTracking().Include(d => d.Event)
            .Where(d => candidates.Contains(d.Id) && d.ClaimToken == token).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return new Batch(token, until, rows);
    }

    private static IQueryable<EventDelivery> Due(IQueryable<EventDelivery> query, DateTime now) =>
        query.Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptUtc <= now && (d.LeaseUntilUtc == null || d.LeaseUntilUtc < now));

    private async Task<int> RunAsync(CoreDbContext db, Batch batch, EventOptions settings, CancellationToken cancellationToken)
    {
        var outcome = new EventBatchOutcome(batch.Token, db, settings, clock, logger);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Concurrency), CancellationToken = cancellationToken };
        var slots = new HandlerSlots(settings.Concurrency, settings.YieldAtRequests, requests);
        var handled = 0;
        try
        {
            await Parallel.ForEachAsync(batch.Rows, parallel, async (row, token) =>
            {
                if (clock.GetUtcNow().UtcDateTime + settings.HandlerTimeout >= batch.LeaseUntil)
                {
                    // The lease could lapse mid-run and another node take the delivery: leave it to the next claim.
                    return;
                }
                using (await slots.EnterAsync(token))
                {
                    if (await RunOneAsync(row, outcome, settings, token))
                    {
                        Interlocked.Increment(ref handled);
                    }
                }
                await outcome.WriteIfIdleAsync();
            });
        }
        finally
        {
            // Also when cancelled (shutting down): what ran is recorded, the rest released.
            await outcome.FinishAsync();
        }
        return handled;
    }

    /// <summary>Runs one delivery's handler in a scope of its own and notes the outcome for the end of the batch.</summary>
    private async Task<bool> RunOneAsync(EventDelivery row, EventBatchOutcome outcome, EventOptions settings, CancellationToken cancellationToken)
    {
        var registration = catalog.Find(row.Event.Type, row.Event.Version, row.Handler);
        if (registration is null)
        {
            // Possibly a node running an older version during an upgrade: retried like any failure.
            outcome.Failed(row, new InvalidOperationException(
                $"Obsluha {row.Handler} události {row.Event.Type} v{row.Event.Version} není v této aplikaci registrována."));
            return false;
        }
        await using var scope = scopes.CreateAsyncScope();
        var context = new EventContext(row, outcome.Claim, scope.ServiceProvider, clock);
        try
        {
            var domainEvent = JsonSerializer.Deserialize(row.Event.Payload, registration.EventType, DomainEvents.Json)
                ?? throw new JsonException("The payload is null.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.HandlerTimeout);
            await registration.InvokeAsync(scope.ServiceProvider, domainEvent, context, timeout.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            outcome.Failed(row, e);
            return false;
        }
        if (!context.Completed)
        {
            outcome.Done(row.Id);
        }
        return true;
    }
}
