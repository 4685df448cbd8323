using Pelhrimov.Core.Events;

namespace Pelhrimov.EventsBench;

/// <summary>The event the benchmark publishes.</summary>
[DomainEvent("bench.changed", 1, "Bench")]
public sealed record BenchEvent(Guid Id, int Number, string Title) : IDomainEvent;

/// <summary>Returns at once: what is measured is the dispatcher.</summary>
public sealed class NoOpHandler : IEventHandler<BenchEvent>
{
    public Task HandleAsync(BenchEvent domainEvent, EventContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
