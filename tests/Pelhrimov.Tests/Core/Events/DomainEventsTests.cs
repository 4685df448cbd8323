using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;

namespace Pelhrimov.Tests.Core.Events;

/// <summary>Publishing in the producer's transaction, dispatch after commit, failures, retries and the dead-letter list.</summary>
public sealed class DomainEventsTests : IAsyncLifetime
{
    private readonly ProbeLog _log = new();
    private PortalApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await ProbeApps.StartAsync(_log, new ProbeNode("a"));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_committed_event_is_handled_once_by_every_registered_handler()
    {
        var key = Guid.NewGuid();
        await ProbeApps.PublishAsync(_app, new ProbeEvent(key));

        await _log.WaitUntilAsync(() => _log.CompletedRuns(key, nameof(RecordingHandler)) == 1 && _log.CompletedRuns(key, nameof(PoisonHandler)) == 1);
        await WaitForAsync(async () => (await DeliveriesAsync(key)).All(d => d.Status == DeliveryStatus.Done));
        var deliveries = await DeliveriesAsync(key);
        Assert.Equal(3, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(1, d.Attempts));
        Assert.Equal(1, await AuditCountAsync(key));
    }

    [Fact]
    public async Task An_event_of_a_rolled_back_transaction_is_neither_stored_nor_handled()
    {
        var rolledBack = Guid.NewGuid();
        await Assert.ThrowsAsync<InvalidOperationException>(() => _app.InScopeAsync(async services =>
        {
            var core = services.GetRequiredService<CoreDbContext>();
            await SharedTransaction.RunAsync(core, [], async () =>
            {
                services.GetRequiredService<IDomainEvents>().Publish(new ProbeEvent(rolledBack));
                await core.SaveChangesAsync();
                throw new InvalidOperationException("The producer's change failed.");
            });
            return true;
        }));
        var later = Guid.NewGuid();
        await ProbeApps.PublishAsync(_app, new ProbeEvent(later));

        await _log.WaitUntilAsync(() => _log.CompletedRuns(later, nameof(RecordingHandler)) == 1);
        Assert.Empty(await DeliveriesAsync(rolledBack));
        Assert.DoesNotContain(_log.Started, k => k == rolledBack);
    }

    [Fact]
    public async Task A_poison_event_ends_in_the_failed_list_without_holding_up_other_handlers_and_runs_again_on_retry()
    {
        var poison = Guid.NewGuid();
        _log.Poisoned[poison] = true;
        await ProbeApps.PublishAsync(_app, new ProbeEvent(poison));

        // The other handlers of the same event, and other events, are handled meanwhile.
        var next = Guid.NewGuid();
        await ProbeApps.PublishAsync(_app, new ProbeEvent(next));
        await _log.WaitUntilAsync(() => _log.CompletedRuns(poison, nameof(RecordingHandler)) == 1 && _log.CompletedRuns(next, nameof(PoisonHandler)) == 1);
        await WaitForAsync(async () => (await DeliveriesAsync(poison)).Any(d => d.Status == DeliveryStatus.Failed));
        var failed = (await DeliveriesAsync(poison)).Single(d => d.Status == DeliveryStatus.Failed);
        Assert.EndsWith(nameof(PoisonHandler), failed.Handler);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains($"Otrávená událost {poison}", failed.LastError);

        var admin = await _app.CreateStaffClientAsync();
        var list = await admin.GetHtmlAsync("/admin/udalosti?stav=nezdarene");
        Assert.Contains($"Otrávená událost {poison}", list.Body!.TextContent);

        _log.Poisoned.TryRemove(poison, out _);
        using var retried = await AntiforgeryForm.PostAsync(admin, "/admin/udalosti?stav=nezdarene", new Dictionary<string, string?>(),
            $"form[action='/admin/udalosti/{failed.Id}/zkusit-znovu']");
        Assert.True(retried.IsSuccessStatusCode);
        await _log.WaitUntilAsync(() => _log.CompletedRuns(poison, nameof(PoisonHandler)) == 1);
        await WaitForAsync(async () => (await DeliveriesAsync(poison)).All(d => d.Status == DeliveryStatus.Done));
        Assert.Contains(await _app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries
            .Where(a => a.Action == "event.retry").Select(a => a.EntityId).ToListAsync()), id => id == failed.Id.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_handler_that_completes_in_its_own_transaction_stores_its_change_exactly_once_even_when_its_first_attempt_fails_before_commit()
    {
        var key = Guid.NewGuid();
        await ProbeApps.PublishAsync(_app, new ProbeEvent(key, "fail-before-commit"));

        await WaitForAsync(async () => (await DeliveriesAsync(key)).All(d => d.Status == DeliveryStatus.Done));
        var transactional = (await DeliveriesAsync(key)).Single(d => d.Handler.EndsWith(nameof(TransactionalHandler), StringComparison.Ordinal));
        Assert.Equal(2, transactional.Attempts);
        Assert.Equal(1, await AuditCountAsync(key));
    }

    private Task<List<EventDelivery>> DeliveriesAsync(Guid key) =>
        _app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().EventDeliveries.AsNoTracking().Include(d => d.Event)
            .Where(d => d.Event.Type == "tests.probe" && d.Event.Payload.Contains(key.ToString())).ToListAsync());

    private Task<int> AuditCountAsync(Guid key) =>
        _app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries
            .CountAsync(a => a.Action == "tests.probe-handled" && a.EntityId == key.ToString()));

    /// <summary>Database state settles right after a handler returns; look again after each run (never a fixed sleep).</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The deliveries did not settle in time.");
            await Task.Delay(20);
        }
    }
}
