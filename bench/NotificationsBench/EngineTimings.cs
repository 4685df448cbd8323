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
using static Pelhrimov.NotificationsBench.Stats;

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
public sealed class EngineTimings : IObserver<KeyValuePair<string, object?>>, IObserver<DiagnosticListener>, IDisposable
{
    private readonly ConcurrentDictionary<long, (long Delivered, long Started)> _events = new();
    private readonly ConcurrentDictionary<Guid, (long EventId, long FirstStep)> _instances = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ConcurrentQueue<(long EventId, string Command, double Ms)> _commands = new();
    private readonly ConcurrentDictionary<long, double> _actionMs = new();
    private readonly ConcurrentDictionary<long, double> _direct = new();
    private readonly ActivityListener _actions;
    private static readonly AsyncLocal<long?> CurrentEvent = new();

    /// <summary>BENCH_BREAKDOWN=1: each command of the engine's path timed too (<see cref="Breakdown"/>); off by default,
    /// as the diagnostic events it needs cost the engine some time and garbage of their own.</summary>
    public static bool Detailed { get; } = Environment.GetEnvironmentVariable("BENCH_BREAKDOWN") == "1";

    public EngineTimings()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        // The actions' own time (the engine's workflow.action spans) on each event's delivering flow.
        _actions = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WorkflowTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (CurrentEvent.Value is { } eventId)
                {
                    _actionMs.AddOrUpdate(eventId, activity.Duration.TotalMilliseconds, (_, ms) => ms + activity.Duration.TotalMilliseconds);
                }
            },
        };
        ActivitySource.AddActivityListener(_actions);
    }

    /// <summary>Per event: delivered → first step durable less the time its actions ran (their <c>workflow.action</c> spans):
    /// what the engine itself adds to the actions' work — finding the workflows, the instance, the log line, the
    /// transaction and its commit.</summary>
    public IEnumerable<double> WithoutActions(IEnumerable<(long EventId, long Delivered, long Started, long FirstStep)> events) =>
        events.Where(e => _actionMs.ContainsKey(e.EventId)).Select(e => Ms(e.Delivered, e.FirstStep) - _actionMs[e.EventId]);

    /// <summary>Per event: the time its actions ran.</summary>
    public IEnumerable<double> Actions(IEnumerable<(long EventId, long Delivered, long Started, long FirstStep)> events) =>
        events.Where(e => _actionMs.ContainsKey(e.EventId)).Select(e => _actionMs[e.EventId]);

    /// <summary>The timing decorator of the engine, and the same effect without it (<see cref="DirectNotifications"/>).</summary>
    public void Register(IServiceCollection services)
    {
        services.AddScoped<IWorkflowRuntime>(sp => new TimedRuntime(sp.GetRequiredService<WorkflowStarter>(), this, sp));
        services.AddScoped<DirectNotifications>();
    }

    /// <summary>True: each event's delivery runs <see cref="DirectNotifications"/> instead of the engine.</summary>
    public bool WithoutEngine
    {
        get => Volatile.Read(ref _withoutEngine);
        set => Volatile.Write(ref _withoutEngine, value);
    }

    private bool _withoutEngine;

    /// <summary>Per event handled by <see cref="DirectNotifications"/>: delivered → its transaction committed.</summary>
    public IEnumerable<double> DirectSpans() => _direct.Values;

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
        _commands.Clear();
        _actionMs.Clear();
        _direct.Clear();
    }

    /// <summary>
    /// Where an event's time in the engine goes (delivered → started, on the delivering flow): per statement kind its
    /// median count and time per event, the commit, and what is left (EF Core, the actions' own work, waiting for a
    /// thread or for SQLite's write lock). Commands are timed by the provider, from EF Core's diagnostic events.
    /// </summary>
    public IEnumerable<string> Breakdown()
    {
        var spans = _events.ToDictionary(e => e.Key, e => Ms(e.Value.Delivered, e.Value.Started));
        var byEvent = _commands.Where(c => spans.ContainsKey(c.EventId)).GroupBy(c => c.EventId).ToDictionary(g => g.Key, g => g.ToList());
        if (byEvent.Count == 0)
        {
            yield break;
        }
        double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
        }
        foreach (var label in byEvent.Values.SelectMany(c => c).Select(c => c.Command).Distinct().Order(StringComparer.Ordinal))
        {
            var count = Median(byEvent.Values.Select(c => (double)c.Count(x => x.Command == label)));
            var ms = Median(byEvent.Values.Select(c => c.Where(x => x.Command == label).Sum(x => x.Ms)));
            yield return F($"breakdown {label,-60} per_event={count:F0} median_ms={ms:F3}");
        }
        var database = byEvent.ToDictionary(e => e.Key, e => e.Value.Sum(c => c.Ms));
        yield return F($"breakdown span_median_ms={Median(spans.Values):F3} database_median_ms={Median(database.Values):F3} rest_median_ms={Median(database.Select(d => spans[d.Key] - d.Value)):F3} commands_per_event={Median(byEvent.Values.Select(c => (double)c.Count)):F0}");
    }

    // A statement's kind and table: "SELECT workflows_workflows", "INSERT core_outgoing_mail".
    private static string Label(string sql)
    {
        var words = sql.Split([' ', '\n', '\r', '\t', '(', ';'], StringSplitOptions.RemoveEmptyEntries);
        var verb = words.FirstOrDefault()?.ToUpperInvariant() ?? "?";
        var table = verb switch
        {
            "SELECT" => words.SkipWhile(w => !w.Equals("FROM", StringComparison.OrdinalIgnoreCase)).Skip(1).FirstOrDefault(),
            "INSERT" => words.ElementAtOrDefault(2),
            "UPDATE" => words.ElementAtOrDefault(1),
            "DELETE" => words.ElementAtOrDefault(2),
            _ => words.ElementAtOrDefault(1),
        };
        return verb + " " + table?.Trim('"');
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.TransactionCommitted.Name || (Detailed && name == RelationalEventId.CommandExecuted.Name)));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (CurrentEvent.Value is { } eventId)
        {
            switch (value.Value)
            {
                case CommandExecutedEventData command:
                    _commands.Enqueue((eventId, Label(command.Command.CommandText), command.Duration.TotalMilliseconds));
                    break;
                case TransactionEndEventData transaction:
                    _commands.Enqueue((eventId, "COMMIT", transaction.Duration.TotalMilliseconds));
                    break;
            }
        }
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

    public void Dispose()
    {
        _actions.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    internal void Delivered(long eventId, long delivered, long started) => _events[eventId] = (delivered, started);

    internal void Direct(long eventId, long delivered, long committed) => _direct[eventId] = Ms(delivered, committed);

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

    private sealed class TimedRuntime(WorkflowStarter inner, EngineTimings timings, IServiceProvider scope) : IWorkflowRuntime
    {
        public async Task OnEventAsync(WorkflowTrigger trigger, Func<CancellationToken, Task<WorkflowEventData?>> describe, EventContext context, CancellationToken cancellationToken)
        {
            var delivered = Stopwatch.GetTimestamp();
            if (timings.WithoutEngine)
            {
                if (await scope.GetRequiredService<DirectNotifications>().RunAsync(describe, context, cancellationToken))
                {
                    timings.Direct(context.EventId, delivered, Stopwatch.GetTimestamp());
                }
                return;
            }
            CurrentEvent.Value = context.EventId;
            await inner.OnEventAsync(trigger, describe, context, cancellationToken);
            CurrentEvent.Value = null;
            timings.Delivered(context.EventId, delivered, Stopwatch.GetTimestamp());
        }
    }
}
