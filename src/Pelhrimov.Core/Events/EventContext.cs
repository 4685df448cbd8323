using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Events;

/// <summary>What a handler knows about the delivery it runs: which event, which attempt, and how to finish it atomically.</summary>
public sealed class EventContext
{
    private readonly IServiceProvider _scope;
    private readonly Guid _claim;
    private readonly TimeProvider _clock;

    /// <param name="scope">The handler's scope; its core context is resolved only by <see cref="CompleteAsync"/>, so that a
    /// handler that does not use it costs no context.</param>
    internal EventContext(EventDelivery delivery, Guid claim, IServiceProvider scope, TimeProvider clock)
    {
        EventId = delivery.EventId;
        DeliveryId = delivery.Id;
        Attempt = delivery.Attempts + 1;
        OccurredUtc = delivery.Event.OccurredUtc;
        CorrelationId = delivery.Event.CorrelationId;
        _claim = claim;
        _scope = scope;
        _clock = clock;
    }

    public long EventId { get; }

    public long DeliveryId { get; }

    /// <summary>1 for the first run; more after failures or an interrupted run.</summary>
    public int Attempt { get; }

    public DateTime OccurredUtc { get; }

    public string? CorrelationId { get; }

    /// <summary>Whether the delivery was already marked done by <see cref="CompleteAsync"/>.</summary>
    internal bool Completed { get; private set; }

    /// <summary>
    /// Marks the delivery done inside the transaction in which the handler stores its own changes, so that they and the
    /// idempotency record commit together: a crash before the commit runs the handler again on a clean slate, a crash after
    /// it never runs it again. The core context of the handler's scope must take part in that transaction
    /// (<c>SharedTransaction.RunAsync(myDb, [core], …)</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The core context is not in a transaction.</exception>
    /// <exception cref="EventDeliveryLostException">This node's claim lapsed and another node took the delivery; the
    /// exception rolls the handler's transaction back.</exception>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        var core = _scope.GetRequiredService<CoreDbContext>();
        if (core.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "EventContext.CompleteAsync must run inside the handler's transaction with the core context taking part in it (SharedTransaction.RunAsync(db, [core], …)).");
        }
        var now = _clock.GetUtcNow().UtcDateTime;
        var changed = await core.EventDeliveries
            .Where(d => d.Id == DeliveryId && d.ClaimToken == _claim && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Done)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.CompletedUtc, now)
                .SetProperty(d => d.LastError, (string?)null)
                .SetProperty(d => d.ClaimToken, (Guid?)null)
                .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), cancellationToken);
        if (changed == 0)
        {
            throw new EventDeliveryLostException(DeliveryId);
        }
        Completed = true;
    }
}

/// <summary>The node's claim on a delivery lapsed before the handler finished; another node runs it.</summary>
public sealed class EventDeliveryLostException(long deliveryId)
    : Exception($"The claim on event delivery {deliveryId} lapsed; another node handles it.");
