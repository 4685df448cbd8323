namespace Pelhrimov.Core.Events;

/// <summary>Reacts to an event of another (or the same) module after the producer's transaction committed.</summary>
/// <remarks>
/// Runs in its own DI scope, at least once per event: a handler that was interrupted (crash, lost lease) runs again, so
/// its effects must be idempotent, or it stores them and marks the delivery done in one transaction with
/// <see cref="EventContext.CompleteAsync"/>, which makes them happen exactly once. An exception is retried with back-off
/// and ends in the admin's list of failed deliveries (<c>/admin/udalosti</c>); it never affects the producer or other handlers.
/// </remarks>
public interface IEventHandler<in TEvent>
    where TEvent : class, IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, EventContext context, CancellationToken cancellationToken);
}
