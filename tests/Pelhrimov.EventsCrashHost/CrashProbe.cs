using System.Globalization;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;

namespace Pelhrimov.EventsCrashHost;

/// <summary>A numbered event of the stream the crash test kills the process in.</summary>
[DomainEvent("tests.crash-probe", 1, "Tests")]
public sealed record CrashProbe(int Number) : IDomainEvent;

/// <summary>Stores an audit entry per event and marks its delivery done in the same transaction: exactly once.</summary>
public sealed class RecordOnceHandler(CoreDbContext core, IAuditLog audit) : IEventHandler<CrashProbe>
{
    public async Task HandleAsync(CrashProbe domainEvent, EventContext context, CancellationToken cancellationToken)
    {
        await SharedTransaction.RunAsync(core, [], async () =>
        {
            audit.Add("tests.crash-handled", "CrashProbe", domainEvent.Number.ToString(CultureInfo.InvariantCulture), $"Pokus {context.Attempt}", "test");
            await core.SaveChangesAsync(cancellationToken);
            await context.CompleteAsync(cancellationToken);
        }, cancellationToken);
        Console.WriteLine($"handled {domainEvent.Number}");
    }
}

/// <summary>Does nothing but return: its deliveries are marked done by the dispatcher (at least once).</summary>
public sealed class AtLeastOnceHandler : IEventHandler<CrashProbe>
{
    public Task HandleAsync(CrashProbe domainEvent, EventContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
