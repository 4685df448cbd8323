using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;

namespace Pelhrimov.Tests.Core.Events;

/// <summary>An event only the tests publish. <see cref="Mode"/> tells the probe handlers how to behave.</summary>
[DomainEvent("tests.probe", 1, "Tests")]
public sealed record ProbeEvent(Guid Key, string Mode = "ok") : IDomainEvent;

/// <summary>What the probe handlers saw, shared by every app of a test (two nodes, or an app and its restart).</summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Its SemaphoreSlim only waits asynchronously and never creates a wait handle: nothing to dispose.")]
public sealed class ProbeLog
{
    private readonly ConcurrentDictionary<long, bool> _running = new();
    private readonly SemaphoreSlim _changed = new(0);

    public ConcurrentQueue<(Guid Key, long DeliveryId, string Handler, string Node)> Completed { get; } = new();

    public ConcurrentQueue<Guid> Started { get; } = new();

    /// <summary>Set when two runs of the same delivery overlapped in time (two nodes at once).</summary>
    public bool Overlapped { get; private set; }

    /// <summary>Events (by key) on which <see cref="PoisonHandler"/> throws.</summary>
    public ConcurrentDictionary<Guid, bool> Poisoned { get; } = new();

    public void Enter(long deliveryId, Guid key)
    {
        Overlapped |= !_running.TryAdd(deliveryId, true);
        Started.Enqueue(key);
        _changed.Release();
    }

    public void Leave(long deliveryId, Guid key, string handler, string node)
    {
        Completed.Enqueue((key, deliveryId, handler, node));
        _running.TryRemove(deliveryId, out _);
        _changed.Release();
    }

    private int _slowRunning;

    /// <summary>The most "slow" runs of <see cref="RecordingHandler"/> seen at the same time.</summary>
    public int MostSlowAtOnce { get; private set; }

    public void SlowStarted()
    {
        var now = Interlocked.Increment(ref _slowRunning);
        lock (_running)
        {
            MostSlowAtOnce = Math.Max(MostSlowAtOnce, now);
        }
    }

    public void SlowEnded() => Interlocked.Decrement(ref _slowRunning);

    public int CompletedRuns(Guid key, string handler) => Completed.Count(c => c.Key == key && c.Handler == handler);

    /// <summary>Waits until <paramref name="condition"/> holds, woken by every run; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, "The handlers did not get there in time.");
            await _changed.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }
}

/// <summary>The name of the app (node) a handler runs in, and whether its <see cref="RecordingHandler"/> hangs on "stuck" events.</summary>
public sealed record ProbeNode(string Name, bool HangOnStuck = false);

/// <summary>Records every run; on a node told to, hangs for good on a "stuck" event, as a process killed mid-handler would;
/// takes 150 ms on a "slow" one.</summary>
public sealed class RecordingHandler(ProbeLog log, ProbeNode node) : IEventHandler<ProbeEvent>
{
    public async Task HandleAsync(ProbeEvent domainEvent, EventContext context, CancellationToken cancellationToken)
    {
        log.Enter(context.DeliveryId, domainEvent.Key);
        if (domainEvent.Mode == "stuck" && node.HangOnStuck)
        {
            await new TaskCompletionSource().Task;   // deliberately ignores cancellation: the "process" is gone
        }
        if (domainEvent.Mode == "slow")
        {
            log.SlowStarted();
            await Task.Delay(150, cancellationToken);
            log.SlowEnded();
        }
        await Task.Yield();
        log.Leave(context.DeliveryId, domainEvent.Key, nameof(RecordingHandler), node.Name);
    }
}

/// <summary>Throws on every event whose key is in <see cref="ProbeLog.Poisoned"/>.</summary>
public sealed class PoisonHandler(ProbeLog log, ProbeNode node) : IEventHandler<ProbeEvent>
{
    public Task HandleAsync(ProbeEvent domainEvent, EventContext context, CancellationToken cancellationToken)
    {
        if (log.Poisoned.ContainsKey(domainEvent.Key))
        {
            throw new InvalidOperationException($"Otrávená událost {domainEvent.Key}");
        }
        log.Leave(context.DeliveryId, domainEvent.Key, nameof(PoisonHandler), node.Name);
        return Task.CompletedTask;
    }
}

/// <summary>Stores an audit entry and marks its delivery done in one transaction; with mode "fail-before-commit" its first
/// attempt throws after both, so the transaction rolls back.</summary>
public sealed class TransactionalHandler(CoreDbContext core, IAuditLog audit) : IEventHandler<ProbeEvent>
{
    public Task HandleAsync(ProbeEvent domainEvent, EventContext context, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(core, [], async () =>
        {
            audit.Add("tests.probe-handled", "Probe", domainEvent.Key.ToString(), $"Pokus {context.Attempt}", "test");
            await core.SaveChangesAsync(cancellationToken);
            await context.CompleteAsync(cancellationToken);
            if (domainEvent.Mode == "fail-before-commit" && context.Attempt == 1)
            {
                throw new InvalidOperationException("Spadlo před potvrzením transakce.");
            }
        }, cancellationToken);
}

public static class ProbeApps
{
    /// <summary>Starts an app with the probe handlers, quick retries, and opens its start-up gate with a first request.</summary>
    public static async Task<PortalApp> StartAsync(ProbeLog log, ProbeNode node, TestSite? site = null, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Events:MaxAttempts"] = "3",
            ["Events:RetryDelays:0"] = "00:00:00.050",
            ["Events:PollInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }
        var app = await PortalApp.StartAsync(site, new PortalAppOptions
        {
            Settings = all,
            ConfigureServices = services =>
            {
                services.AddSingleton(log);
                services.AddSingleton(node);
                services.AddEventHandler<ProbeEvent, RecordingHandler>();
                services.AddEventHandler<ProbeEvent, PoisonHandler>();
                services.AddEventHandler<ProbeEvent, TransactionalHandler>();
                services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
            },
        });
        using var first = await app.CreateClient().GetAsync("/");
        return app;
    }

    /// <summary>Publishes <paramref name="domainEvent"/> in a transaction of its own, as a module would.</summary>
    public static Task PublishAsync(PortalApp app, ProbeEvent domainEvent) =>
        app.InScopeAsync(async services =>
        {
            var core = services.GetRequiredService<CoreDbContext>();
            await SharedTransaction.RunAsync(core, [], async () =>
            {
                services.GetRequiredService<IDomainEvents>().Publish(domainEvent);
                await core.SaveChangesAsync();
            });
            return true;
        });
}
