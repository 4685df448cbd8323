using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Hosting;
using Pelhrimov.EventsCrashHost;

// Usage: Pelhrimov.EventsCrashHost <Sqlite|Postgres> <connection string> <stream|drain>
// stream: migrates the core tables, then publishes numbered events one transaction each ("published N" after each commit)
//         while dispatching them ("handled N" after the exactly-once handler's commit) until the process is killed.
// drain:  dispatches until every delivery is done ("drained"), as a restarted node would; exit code 1 after three minutes.
var database = new PortalDatabase(Enum.Parse<DatabaseProvider>(args[0]), args[1]);
var mode = args[2];
var services = new ServiceCollection();
services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
services.AddHttpContextAccessor();
services.AddSingleton(TimeProvider.System);
services.AddSingleton(database);
services.AddScoped<ScopedConnection>();
if (database.Provider == DatabaseProvider.Sqlite)
{
    services.AddDbContext<SqliteCoreDbContext>((sp, o) => database.Configure(o, "Core", sp.GetRequiredService<ScopedConnection>().Connection));
    services.AddScoped<CoreDbContext>(sp => sp.GetRequiredService<SqliteCoreDbContext>());
}
else
{
    services.AddDbContext<PostgresCoreDbContext>((sp, o) => database.Configure(o, "Core", sp.GetRequiredService<ScopedConnection>().Connection));
    services.AddScoped<CoreDbContext>(sp => sp.GetRequiredService<PostgresCoreDbContext>());
}
services.AddScoped<IAuditLog, AuditLog>();
// A killed node's claims lapse after two seconds, so that the restart need not wait long.
services.AddOptions<EventOptions>().Configure(o =>
{
    o.LeaseDuration = TimeSpan.FromSeconds(2);
    o.HandlerTimeout = TimeSpan.FromSeconds(1);
    o.RetryDelays = [TimeSpan.FromMilliseconds(50)];
});
services.AddSingleton<EventCatalog>();
services.AddSingleton<EventDispatchSignal>();
services.AddSingleton<EventDispatcher>();
services.AddSingleton<RequestsInFlight>();
services.AddScoped<IDomainEvents, DomainEvents>();
services.AddEventHandler<CrashProbe, RecordOnceHandler>();
services.AddEventHandler<CrashProbe, AtLeastOnceHandler>();
await using var provider = services.BuildServiceProvider();
var dispatcher = provider.GetRequiredService<EventDispatcher>();
var signal = provider.GetRequiredService<EventDispatchSignal>();

if (mode == "stream")
{
    // As a site's set-up does: only that connection may create a SQLite file (PortalDatabase, ADR 0016).
    await using (var create = database.CreateConnection(create: true))
    {
        await create.OpenAsync();
    }
    await using (var scope = provider.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Database.MigrateAsync();
    }
    Console.WriteLine("ready");
    // The dispatch loop of EventDispatchService, without its start-up gate.
    _ = Task.Run(async () =>
    {
        while (true)
        {
            await dispatcher.DispatchDueAsync();
            await signal.WaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    });
    for (var number = 1; ; number++)
    {
        await using var scope = provider.CreateAsyncScope();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await SharedTransaction.RunAsync(core, [], async () =>
        {
            scope.ServiceProvider.GetRequiredService<IDomainEvents>().Publish(new CrashProbe(number));
            await core.SaveChangesAsync();
        });
        Console.WriteLine($"published {number}");
    }
}

// As long as the test waits for "drained" (three minutes): a loaded CI machine has needed more than one.
var deadline = DateTime.UtcNow.AddMinutes(3);
while (DateTime.UtcNow < deadline)
{
    await dispatcher.DispatchDueAsync();
    await using var scope = provider.CreateAsyncScope();
    if (!await scope.ServiceProvider.GetRequiredService<CoreDbContext>().EventDeliveries.AnyAsync(d => d.Status != DeliveryStatus.Done))
    {
        Console.WriteLine("drained");
        return 0;
    }
    // The killed node's claims are still under their lease: look again shortly.
    await signal.WaitAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None);
}
return 1;
