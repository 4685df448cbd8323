using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Engine;

namespace Pelhrimov.NotificationsBench;

/// <summary>
/// What the workflow engine does with each event, timed from outside it (no change to the product):
/// <list type="bullet">
/// <item><b>delivered</b>: the event's delivery is handed to the engine (<see cref="IWorkflowRuntime.OnEventAsync"/> is
/// entered; the decorator below wraps the module's <see cref="WorkflowStarter"/>);</item>
/// <item><b>started</b>: that call returns (instances and the delivery's done-mark committed);</item>
/// <item><b>first step durable</b>: the transaction of the instance's first step commits (for the default workflow: the
/// e-mail's outbox row, the inbox message, the step's log line and the instance's move), seen through EF Core's
/// <c>TransactionCommitted</c> diagnostic event on a <see cref="WorkflowsDbContext"/> tracking that step's log line.</item>
/// </list>
/// </summary>
public sealed class EngineTimings : IObserver<KeyValuePair<string, object?>>, IObserver<DiagnosticListener>
{
    private readonly ConcurrentDictionary<long, (long Delivered, long Started)> _events = new();
    private readonly ConcurrentDictionary<Guid, (long EventId, long FirstStep)> _instances = new();
    private readonly List<IDisposable> _subscriptions = [];

    public EngineTimings() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public void Register(IServiceCollection services) => services.AddScoped<IWorkflowRuntime>(sp => new TimedRuntime(sp.GetRequiredService<WorkflowStarter>(), this));

    /// <summary>Per event (by id): delivered → started, delivered → first step durable (Stopwatch timestamps).</summary>
    public IReadOnlyList<(long EventId, long Delivered, long Started, long FirstStep)> Snapshot()
    {
        var byEvent = _instances.Values.GroupBy(i => i.EventId).ToDictionary(g => g.Key, g => g.Min(i => i.FirstStep));
        return [.. _events.Where(e => byEvent.ContainsKey(e.Key)).Select(e => (e.Key, e.Value.Delivered, e.Value.Started, byEvent[e.Key]))];
    }

    public void Clear()
    {
        _events.Clear();
        _instances.Clear();
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.TransactionCommitted.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not TransactionEndEventData { Context: WorkflowsDbContext db })
        {
            return;
        }
        var at = Stopwatch.GetTimestamp();
        var sources = db.ChangeTracker.Entries<WorkflowInstance>().Select(e => e.Entity)
            .Where(i => i.SourceKey.StartsWith("event:", StringComparison.Ordinal)).ToDictionary(i => i.Id, i => long.Parse(i.SourceKey.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture));
        foreach (var instance in sources)
        {
            _instances.TryAdd(instance.Key, (instance.Value, 0));
        }
        foreach (var step in db.ChangeTracker.Entries<StepLog>().Select(e => e.Entity).Where(s => s.StepIndex == 0 && s.Outcome == StepOutcome.Done))
        {
            _instances.AddOrUpdate(step.InstanceId, _ => (0L, at), (_, known) => (known.EventId, known.FirstStep == 0 ? at : known.FirstStep));
        }
    }

    internal void Delivered(long eventId, long delivered, long started) => _events[eventId] = (delivered, started);

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    private sealed class TimedRuntime(WorkflowStarter inner, EngineTimings timings) : IWorkflowRuntime
    {
        public async Task OnEventAsync(WorkflowTrigger trigger, Func<CancellationToken, Task<WorkflowEventData?>> describe, EventContext context, CancellationToken cancellationToken)
        {
            var delivered = Stopwatch.GetTimestamp();
            await inner.OnEventAsync(trigger, describe, context, cancellationToken);
            timings.Delivered(context.EventId, delivered, Stopwatch.GetTimestamp());
        }
    }
}
