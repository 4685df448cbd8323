using System.Collections.Concurrent;

namespace Pelhrimov.Core.Events;

/// <summary>Every registered handler, found by event type when publishing and by stored name when dispatching.</summary>
public sealed class EventCatalog
{
    private readonly Dictionary<Type, string[]> _handlersByType;
    private readonly Dictionary<(string Type, int Version, string Handler), EventHandlerRegistration> _byStoredName;
    private readonly ConcurrentDictionary<Type, EventDescription> _descriptions = new();

    public EventCatalog(IEnumerable<EventHandlerRegistration> registrations)
    {
        var all = registrations.ToList();
        _handlersByType = all.GroupBy(r => r.EventType).ToDictionary(g => g.Key, g => g.Select(r => r.Handler).Distinct().ToArray());
        _byStoredName = all.DistinctBy(r => (r.Description.Name, r.Description.Version, r.Handler))
            .ToDictionary(r => (r.Description.Name, r.Description.Version, r.Handler));
        foreach (var registration in all)
        {
            _descriptions[registration.EventType] = registration.Description;
        }
    }

    /// <summary>The stored name, version and module of an event type.</summary>
    public EventDescription Describe(Type eventType) => _descriptions.GetOrAdd(eventType, EventDescription.Of);

    /// <summary>The names of the handlers an event of this type is delivered to (none is fine: the event is still kept).</summary>
    public IReadOnlyList<string> HandlersOf(Type eventType) => _handlersByType.GetValueOrDefault(eventType) ?? [];

    /// <summary>The handler a stored delivery names, or null when it is no longer registered (renamed or removed).</summary>
    public EventHandlerRegistration? Find(string type, int version, string handler) =>
        _byStoredName.GetValueOrDefault((type, version, handler));
}
