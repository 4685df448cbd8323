using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;

namespace Pelhrimov.Tests.Core.Events;

/// <summary>Several nodes on one database, and a node that dies in the middle of a stream of events.</summary>
public sealed class EventNodesTests
{
    [Fact]
    public async Task Two_nodes_on_one_database_never_run_the_same_delivery_and_together_handle_every_event_once()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        var log = new ProbeLog();
        await using var a = await ProbeApps.StartAsync(log, new ProbeNode("a"), site);
        await using var b = await ProbeApps.StartAsync(log, new ProbeNode("b"), site);

        var keys = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(
            Task.Run(async () => { foreach (var k in keys.Take(30)) await ProbeApps.PublishAsync(a, new ProbeEvent(k)); }),
            Task.Run(async () => { foreach (var k in keys.Skip(30)) await ProbeApps.PublishAsync(b, new ProbeEvent(k)); }));

        await log.WaitUntilAsync(() => keys.All(k => log.CompletedRuns(k, nameof(RecordingHandler)) >= 1));
        Assert.False(log.Overlapped);
        Assert.All(keys, k => Assert.Equal(1, log.CompletedRuns(k, nameof(RecordingHandler))));
    }

    /// <summary>
    /// The first node hangs inside a handler, as a process killed with SIGKILL mid-handler would: its claim is never released
    /// and nothing after it in the stream is handled. It is then disposed without finishing, and a second node starts on the
    /// same data folder and database: once the dead node's lease lapses, every committed event is handled, each once.
    /// </summary>
    [Fact]
    public async Task After_a_node_dies_mid_stream_a_restart_handles_every_committed_event_once()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        var log = new ProbeLog();
        var lease = new Dictionary<string, string?> { ["Events:LeaseDuration"] = "00:00:02", ["Events:HandlerTimeout"] = "00:00:01" };
        var keys = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();
        var stuck = keys[3];

        var first = await ProbeApps.StartAsync(log, new ProbeNode("dying", HangOnStuck: true), site, lease);
        foreach (var key in keys.Take(10))
        {
            await ProbeApps.PublishAsync(first, new ProbeEvent(key, key == stuck ? "stuck" : "ok"));
        }
        await log.WaitUntilAsync(() => log.Started.Contains(stuck));
        foreach (var key in keys.Skip(10))
        {
            await ProbeApps.PublishAsync(first, new ProbeEvent(key));
        }
        await first.DisposeAsync();
        Assert.Equal(0, log.CompletedRuns(stuck, nameof(RecordingHandler)));

        await using var restarted = await ProbeApps.StartAsync(log, new ProbeNode("restarted"), site, lease);
        await log.WaitUntilAsync(() => keys.All(k => log.CompletedRuns(k, nameof(RecordingHandler)) >= 1));
        // Each outcome is stored right after its handler returns: look again until the last one is.
        while (await restarted.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().EventDeliveries
            .CountAsync(d => d.Status != DeliveryStatus.Done && d.Handler.EndsWith(nameof(RecordingHandler)))) > 0)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        Assert.All(keys, k => Assert.Equal(1, log.CompletedRuns(k, nameof(RecordingHandler))));
        Assert.Contains(log.Completed, c => c.Key == stuck && c.Node == "restarted");
    }
}
