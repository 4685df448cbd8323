using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Events;

/// <summary>Adds published events and their deliveries to the core context and wakes this node's dispatcher after the commit.</summary>
public sealed class DomainEvents : IDomainEvents
{
    /// <summary>How payloads are written and read: web defaults (camelCase), the same on every node; Czech letters stay
    /// readable in the admin (the payload is shown as text, never as HTML or script).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly CoreDbContext _db;
    private readonly EventCatalog _catalog;
    private readonly EventDispatchSignal _signal;
    private readonly TimeProvider _clock;
    private bool _unsaved;

    public DomainEvents(CoreDbContext db, EventCatalog catalog, EventDispatchSignal signal, TimeProvider clock)
    {
        _db = db;
        _catalog = catalog;
        _signal = signal;
        _clock = clock;
        _db.SavedChanges += OnSaved;
    }

    public void Publish<TEvent>(TEvent domainEvent)
        where TEvent : class, IDomainEvent
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var description = _catalog.Describe(typeof(TEvent));
        var now = _clock.GetUtcNow().UtcDateTime;
        var stored = new StoredEvent
        {
            Type = description.Name,
            Version = description.Version,
            Module = description.Module,
            Payload = JsonSerializer.Serialize(domainEvent, Json),
            OccurredUtc = now,
            CorrelationId = Activity.Current?.TraceId.ToHexString(),
        };
        foreach (var handler in _catalog.HandlersOf(typeof(TEvent)))
        {
            stored.Deliveries.Add(new EventDelivery { Handler = handler, Status = DeliveryStatus.Pending, NextAttemptUtc = now });
        }
        _db.Events.Add(stored);
        _unsaved = true;
    }

    private void OnSaved(object? sender, SavedChangesEventArgs e)
    {
        if (!_unsaved)
        {
            return;
        }
        _unsaved = false;
        // Before the commit another connection cannot see the rows; waking the dispatcher then would find nothing.
        AfterCommit.Run(_db.Database.CurrentTransaction?.GetDbTransaction(), _signal.Notify);
    }
}
