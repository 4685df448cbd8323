using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Tests.Core.Events;

/// <summary>The event handlers give way to requests (ADR 0058): one at a time while the node answers many requests, all
/// of <see cref="EventOptions.Concurrency"/> again when it is quiet.</summary>
public sealed class HandlerSlotsTests
{
    [Fact]
    public async Task While_requests_are_many_one_handler_runs_and_the_others_start_as_soon_as_they_drop()
    {
        var requests = new RequestsInFlight();
        var slots = new HandlerSlots(concurrency: 4, yieldAtRequests: 3, requests);
        var held = new[] { requests.Enter(), requests.Enter(), requests.Enter() };

        var first = await slots.EnterAsync(TestContext.Current.CancellationToken);
        var second = slots.EnterAsync(TestContext.Current.CancellationToken);
        await Task.Delay(HandlerSlots.Recheck * 3, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);
        Assert.Equal(1, slots.Running);

        held[0].Dispose();   // two requests left: below the threshold
        using (await second)
        using (await slots.EnterAsync(TestContext.Current.CancellationToken))
        using (await slots.EnterAsync(TestContext.Current.CancellationToken))
        {
            Assert.Equal(4, slots.Running);
            var fifth = slots.EnterAsync(TestContext.Current.CancellationToken);
            Assert.False(fifth.IsCompleted);   // the configured concurrency still holds
            first.Dispose();
            using (await fifth)
            {
                Assert.Equal(4, slots.Running);
            }
        }
        Assert.Equal(0, slots.Running);
        held[1].Dispose();
        held[2].Dispose();
        Assert.Equal(0, requests.Count);
    }

    [Fact]
    public async Task A_waiting_handler_is_let_in_the_moment_the_running_one_ends()
    {
        var requests = new RequestsInFlight();
        using var busy = requests.Enter();
        var slots = new HandlerSlots(concurrency: 4, yieldAtRequests: 1, requests);
        var first = await slots.EnterAsync(TestContext.Current.CancellationToken);
        var next = slots.EnterAsync(TestContext.Current.CancellationToken);
        Assert.False(next.IsCompleted);
        first.Dispose();
        using (await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken))
        {
            Assert.Equal(1, slots.Running);
        }
    }

    [Fact]
    public async Task Zero_never_gives_way()
    {
        var requests = new RequestsInFlight();
        using var busy = requests.Enter();
        var slots = new HandlerSlots(concurrency: 2, yieldAtRequests: 0, requests);
        using var a = await slots.EnterAsync(TestContext.Current.CancellationToken);
        using var b = await slots.EnterAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, slots.Running);
    }

    [Fact]
    public async Task The_dispatcher_runs_one_handler_at_a_time_while_the_node_is_busy_and_several_when_it_is_quiet()
    {
        var log = new ProbeLog();
        await using var app = await ProbeApps.StartAsync(log, new ProbeNode("a"), settings: new() { ["Events:YieldAtRequests"] = "2" });
        var requests = app.Services.GetRequiredService<RequestsInFlight>();

        var busy = new[] { requests.Enter(), requests.Enter() };
        var whileBusy = await PublishSlowAsync(app, 5);
        await log.WaitUntilAsync(() => whileBusy.All(k => log.CompletedRuns(k, nameof(RecordingHandler)) == 1));
        Assert.Equal(1, log.MostSlowAtOnce);
        Array.ForEach(busy, b => b.Dispose());

        var whileQuiet = await PublishSlowAsync(app, 5);
        await log.WaitUntilAsync(() => whileQuiet.All(k => log.CompletedRuns(k, nameof(RecordingHandler)) == 1));
        Assert.True(log.MostSlowAtOnce > 1, $"At most {log.MostSlowAtOnce} slow handler ran at once on a quiet node.");
    }

    /// <summary>Publishes <paramref name="count"/> slow events in one transaction, so that one batch claims them all.</summary>
    private static async Task<Guid[]> PublishSlowAsync(PortalApp app, int count)
    {
        var keys = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
        await app.InScopeAsync(async services =>
        {
            var core = services.GetRequiredService<CoreDbContext>();
            await SharedTransaction.RunAsync(core, [], async () =>
            {
                foreach (var key in keys)
                {
                    services.GetRequiredService<IDomainEvents>().Publish(new ProbeEvent(key, "slow"));
                }
                await core.SaveChangesAsync();
            });
            return true;
        });
        return keys;
    }
}
