using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Events;

/// <summary>That <see cref="Handler"/> handles events of <see cref="EventType"/>; see <see cref="EventRegistration.AddEventHandler{TEvent, THandler}"/>.</summary>
public sealed class EventHandlerRegistration
{
    private readonly Func<IServiceProvider, object, EventContext, CancellationToken, Task> _invoke;

    private EventHandlerRegistration(Type eventType, string handler, Func<IServiceProvider, object, EventContext, CancellationToken, Task> invoke)
    {
        EventType = eventType;
        Description = EventDescription.Of(eventType);
        Handler = handler;
        _invoke = invoke;
    }

    public Type EventType { get; }

    public EventDescription Description { get; }

    /// <summary>The name stored in each delivery: the handler class's full name.</summary>
    public string Handler { get; }

    internal static EventHandlerRegistration For<TEvent, THandler>()
        where TEvent : class, IDomainEvent
        where THandler : class, IEventHandler<TEvent> =>
        For<TEvent, THandler>(typeof(THandler).FullName!);

    /// <summary>The same under a chosen stored name: for a generic handler, whose full name would carry assembly versions.</summary>
    internal static EventHandlerRegistration For<TEvent, THandler>(string handler)
        where TEvent : class, IDomainEvent
        where THandler : class, IEventHandler<TEvent> =>
        new(typeof(TEvent), handler, (services, e, context, cancellationToken) =>
            services.GetRequiredService<THandler>().HandleAsync((TEvent)e, context, cancellationToken));

    internal Task InvokeAsync(IServiceProvider services, object domainEvent, EventContext context, CancellationToken cancellationToken) =>
        _invoke(services, domainEvent, context, cancellationToken);
}

/// <summary>An event type's stored name, version and producing module, read once from its <see cref="DomainEventAttribute"/>.</summary>
public sealed record EventDescription(string Name, int Version, string Module)
{
    public static EventDescription Of(Type eventType) =>
        eventType.GetCustomAttribute<DomainEventAttribute>() is { } a
            ? new EventDescription(a.Name, a.Version, a.Module)
            : throw new InvalidOperationException($"{eventType.FullName} has no [DomainEvent(name, version, module)] attribute.");
}
