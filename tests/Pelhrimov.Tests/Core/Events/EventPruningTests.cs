using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Tests.Core.Events;

/// <summary>Old handled events are deleted by a scheduled job; dead letters stay longer and pending ones stay.</summary>
public sealed class EventPruningTests : IAsyncLifetime
{
    private readonly ProbeLog _log = new();
    private PortalApp _app = null!;

    public async ValueTask InitializeAsync() =>
        _app = await ProbeApps.StartAsync(_log, new ProbeNode("a"), settings: new()
        {
            ["Events:Retention"] = "20.00:00:00",
            ["Events:FailedRetention"] = "100.00:00:00",
            [$"Scheduler:Jobs:{PruneEventsJob.Name}:Interval"] = "00:00:01",
            ["Scheduler:IdleWaitTime"] = "00:00:01",
        });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Handled_events_past_the_configured_retention_are_pruned_while_dead_letters_and_pending_deliveries_are_kept()
    {
        var recent = Guid.NewGuid();
        var handledLongAgo = Guid.NewGuid();
        var failedLongAgo = Guid.NewGuid();
        var failedVeryLongAgo = Guid.NewGuid();
        var pendingVeryLongAgo = Guid.NewGuid();
        Guid[] all = [recent, handledLongAgo, failedLongAgo, failedVeryLongAgo, pendingVeryLongAgo];
        foreach (var key in all)
        {
            await ProbeApps.PublishAsync(_app, new ProbeEvent(key));
        }
        await _log.WaitUntilAsync(() => all.All(k => _log.CompletedRuns(k, nameof(RecordingHandler)) == 1 && _log.CompletedRuns(k, nameof(PoisonHandler)) == 1));
        await WaitUntilAllDoneAsync(all);

        // All at once, so that each run of the job sees all of them aged or none.
        var now = DateTime.UtcNow;
        await AgeAsync(
            (recent, now.AddDays(-15), null),
            (handledLongAgo, now.AddDays(-25), null),
            (failedLongAgo, now.AddDays(-60), DeliveryStatus.Failed),
            (failedVeryLongAgo, now.AddDays(-120), DeliveryStatus.Failed),
            (pendingVeryLongAgo, now.AddDays(-400), DeliveryStatus.Pending));

        // The site's scheduler runs the job (every second here).
        Assert.Equal(typeof(PruneEventsJob), Assert.Single(_app.Services.GetServices<ScheduledJob>(), j => j.Name == PruneEventsJob.Name).JobType);
        var left = await LeftAsync(all);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (left.Count == all.Length)
        {
            Assert.True(DateTime.UtcNow < deadline, "The pruning job did not run.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
            left = await LeftAsync(all);
        }
        Assert.Equal([recent, failedLongAgo, pendingVeryLongAgo], left);
        var orphans = await _app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().EventDeliveries
            .CountAsync(d => !sp.GetRequiredService<CoreDbContext>().Events.Any(e => e.Id == d.EventId)));
        Assert.Equal(0, orphans);
    }

    private async Task<List<Guid>> LeftAsync(Guid[] keys)
    {
        var payloads = await _app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
            .Where(e => e.Type == "tests.probe").Select(e => e.Payload).ToListAsync());
        return keys.Where(k => payloads.Any(p => p.Contains(k.ToString()))).ToList();
    }

    /// <summary>Moves events into the past in one transaction; with a status an event's first delivery is set to it (a dead
    /// letter, or a retry due in a day).</summary>
    private Task AgeAsync(params (Guid Key, DateTime Occurred, DeliveryStatus? Status)[] changes) =>
        _app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoreDbContext>();
            await SharedTransaction.RunAsync(db, [], async () =>
            {
                foreach (var (key, occurred, status) in changes)
                {
                    await AgeOneAsync(db, key, occurred, status);
                }
            });
            return true;
        });

    private static async Task AgeOneAsync(CoreDbContext db, Guid key, DateTime occurred, DeliveryStatus? status)
    {
        var id = await db.Events.Where(e => e.Type == "tests.probe" && e.Payload.Contains(key.ToString())).Select(e => e.Id).SingleAsync();
        await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.OccurredUtc, occurred));
        if (status is { } changed)
        {
            var first = await db.EventDeliveries.Where(d => d.EventId == id).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            await db.EventDeliveries.Where(d => d.Id == first).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, changed)
                .SetProperty(d => d.NextAttemptUtc, DateTime.UtcNow.AddDays(1)));
        }
    }

    /// <summary>Outcomes are stored right after the handlers return: look again after each run (never a fixed sleep).</summary>
    private async Task WaitUntilAllDoneAsync(Guid[] keys)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await _app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().EventDeliveries
            .CountAsync(d => d.Event.Type == "tests.probe" && d.Status != DeliveryStatus.Done)) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The deliveries did not settle in time.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
