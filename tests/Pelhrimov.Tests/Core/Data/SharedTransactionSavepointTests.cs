using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Identity.Data;

namespace Pelhrimov.Tests.Core.Data;

/// <summary>
/// <see cref="SharedTransaction.WithoutAutoSavepointsAsync{T}"/>: the owner of a transaction switches EF Core's savepoint
/// per <c>SaveChanges</c> off for every context that joins it, however deep, and each gets its own policy back after.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SharedTransactionSavepointTests(PortalApp app)
{
    [Fact]
    public async Task A_joining_context_saves_with_a_savepoint_by_default()
    {
        var savepoints = await SaveInJoinedTransactionAsync(withoutSavepoints: false);

        Assert.True(savepoints >= 1, "EF Core's automatic savepoint was expected around the joined context's save.");
    }

    [Fact]
    public async Task Without_auto_savepoints_no_joining_context_takes_one_and_each_gets_its_policy_back()
    {
        var savepoints = await SaveInJoinedTransactionAsync(withoutSavepoints: true);

        Assert.Equal(0, savepoints);
    }

    // Identity owns the transaction, core joins it and saves an audit entry; inside, a third context joins through a
    // nested RunAsync whose only other context (core) is already in it, as a module's sender does.
    private async Task<int> SaveInJoinedTransactionAsync(bool withoutSavepoints)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDataContext>();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var citizens = scope.ServiceProvider.GetRequiredService<CitizensDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        using var watch = new SavepointWatch([identity, core, citizens]);
        var marker = Guid.NewGuid().ToString("N");

        Task<bool> Work() => SharedTransaction.RunAsync(identity, [core], async () =>
        {
            audit.Add("test.savepoints", "Test", marker, "Zkouška bodů návratu.");
            await core.SaveChangesAsync(TestContext.Current.CancellationToken);
            return await SharedTransaction.RunAsync(citizens, [core], () =>
            {
                Assert.Equal(!withoutSavepoints, citizens.Database.AutoSavepointsEnabled);
                return Task.FromResult(true);
            }, TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken);

        await (withoutSavepoints ? SharedTransaction.WithoutAutoSavepointsAsync(identity, Work) : Work());

        Assert.All(new DbContext[] { identity, core, citizens }, c => Assert.True(c.Database.AutoSavepointsEnabled));
        Assert.Equal(1, await core.AuditEntries.CountAsync(a => a.EntityId == marker, TestContext.Current.CancellationToken));
        return watch.Count;
    }

    /// <summary>Counts EF Core's savepoint creations by the given contexts (other tests' contexts run beside).</summary>
    private sealed class SavepointWatch : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly HashSet<DbContext> _contexts;
        private readonly ConcurrentBag<IDisposable> _subscriptions = [];
        private int _count;

        public SavepointWatch(IEnumerable<DbContext> contexts)
        {
            _contexts = [.. contexts];
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CreatingTransactionSavepoint.Name && value.Value is TransactionEventData { Context: { } context }
                && _contexts.Contains(context))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
