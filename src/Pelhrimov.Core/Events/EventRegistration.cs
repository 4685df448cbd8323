using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Modules;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Core.Events;

public static class EventRegistration
{
    /// <summary>Publishing (<see cref="IDomainEvents"/>) and the background dispatch of domain events.</summary>
    public static IServiceCollection AddDomainEvents(this IServiceCollection services, ModuleContext context)
    {
        services.AddOptions<EventOptions>().Bind(context.Configuration.GetSection(EventOptions.Section));
        services.AddSingleton<EventCatalog>();
        services.AddSingleton<EventDispatchSignal>();
        services.AddSingleton<EventDispatcher>();
        services.TryAddSingleton<RequestsInFlight>();
        if (context.Configuration.GetSection(EventOptions.Section).GetValue(nameof(EventOptions.Enabled), true))
        {
            services.AddHostedService<EventDispatchService>();
        }
        services.AddScoped<IDomainEvents, DomainEvents>();
        services.AddScheduledJob<PruneEventsJob>(PruneEventsJob.Name, "Mazání starých vyřízených událostí", PruneEventsJob.Schedule);
        return services;
    }

    /// <summary>Runs <typeparamref name="THandler"/> (in its own scope, after commit, at least once) for every
    /// <typeparamref name="TEvent"/> published from now on. A module registers its handlers in its <c>Startup</c>.</summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : class, IDomainEvent
        where THandler : class, IEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(EventHandlerRegistration.For<TEvent, THandler>());
        return services;
    }
}
