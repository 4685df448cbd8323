using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pelhrimov.Core.Events;

namespace Pelhrimov.Core.Workflows;

/// <summary>How modules offer their events, dated items and actions to workflows (docs/workflows.md).</summary>
public static class WorkflowRegistration
{
    /// <summary>
    /// Offers <typeparamref name="TEvent"/> as a workflow trigger, described by <typeparamref name="TSource"/>. Adds a
    /// handler that hands each event to the Workflows module (<see cref="IWorkflowRuntime"/>), or does nothing without it.
    /// </summary>
    public static IServiceCollection AddWorkflowEvent<TEvent, TSource>(this IServiceCollection services)
        where TEvent : class, IDomainEvent
        where TSource : class, IWorkflowEventSource<TEvent>
    {
        var key = EventDescription.Of(typeof(TEvent)).Name;
        services.TryAddScoped<TSource>();
        services.TryAddScoped<WorkflowEventHandler<TEvent>>();
        services.AddSingleton(new WorkflowTrigger(key, WorkflowTriggerKind.Event, TSource.Info, typeof(TSource)));
        services.AddSingleton(EventHandlerRegistration.For<TEvent, WorkflowEventHandler<TEvent>>("Pelhrimov.Core.Workflows.WorkflowEventHandler:" + key));
        services.TryAddSingleton<WorkflowTriggers>();
        return services;
    }

    /// <summary>Offers a module's dated items (a receivable's due date) as a date trigger.</summary>
    public static IServiceCollection AddWorkflowDateSource<TSource>(this IServiceCollection services)
        where TSource : class, IWorkflowDateSource
    {
        services.TryAddScoped<TSource>();
        services.AddSingleton(new WorkflowTrigger(TSource.Key, WorkflowTriggerKind.Date, TSource.Info, typeof(TSource)));
        services.TryAddSingleton<WorkflowTriggers>();
        return services;
    }

    /// <summary>Offers an action a module owns to workflows.</summary>
    public static IServiceCollection AddWorkflowAction<TAction>(this IServiceCollection services)
        where TAction : class, IWorkflowAction
    {
        services.TryAddScoped<TAction>();
        services.AddSingleton(new WorkflowActionRegistration(TAction.Info, typeof(TAction)));
        return services;
    }
}

/// <summary>The Workflows module's side of the extension point: starts the workflows an event triggers.</summary>
public interface IWorkflowRuntime
{
    Task OnEventAsync(WorkflowTrigger trigger, Func<CancellationToken, Task<WorkflowEventData?>> describe, EventContext context, CancellationToken cancellationToken);
}

/// <summary>Hands an event to the Workflows module with a way to describe it; without that module it does nothing.</summary>
public sealed class WorkflowEventHandler<TEvent>(IServiceProvider services, WorkflowTriggers triggers) : IEventHandler<TEvent>
    where TEvent : class, IDomainEvent
{
    public Task HandleAsync(TEvent domainEvent, EventContext context, CancellationToken cancellationToken)
    {
        var runtime = services.GetService<IWorkflowRuntime>();
        var trigger = triggers.Find(EventDescription.Of(typeof(TEvent)).Name);
        if (runtime is null || trigger?.SourceType is not { } sourceType)
        {
            return Task.CompletedTask;
        }
        var source = (IWorkflowEventSource<TEvent>)services.GetRequiredService(sourceType);
        return runtime.OnEventAsync(trigger, ct => source.DescribeAsync(domainEvent, ct), context, cancellationToken);
    }
}
