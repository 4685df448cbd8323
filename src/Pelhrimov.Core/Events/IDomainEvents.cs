namespace Pelhrimov.Core.Events;

/// <summary>Publishes domain events into the current unit of work of the core context (docs/events.md).</summary>
/// <remarks>
/// The event and one delivery per registered handler are stored by the next <c>SaveChanges</c> of
/// <see cref="Data.CoreDbContext"/>, as audit entries are; with the core context in the producer's shared transaction
/// (<c>SharedTransaction.RunAsync(db, [core], …)</c>) they commit or roll back with the change. Handlers run after the commit.
/// </remarks>
public interface IDomainEvents
{
    void Publish<TEvent>(TEvent domainEvent)
        where TEvent : class, IDomainEvent;
}
