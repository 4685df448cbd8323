using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Events;

/// <summary>Wakes this node's event dispatcher when an event was published (and its transaction committed) or retried.</summary>
public sealed class EventDispatchSignal : WakeUpSignal;
