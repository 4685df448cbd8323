using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Hosting;
using Pelhrimov.EventsBench;

// Domain events on a SQLite file, with the real CoreDbContext, publisher and dispatcher (no web host):
// 1. a producer's transaction (one audit entry) with and without publishing an event, interleaved: the added p95;
//    first alone, then with this node's dispatcher woken after each commit, as in the app (EventDispatchService's loop);
// 2. dispatching a backlog of events to a no-op handler: events per second;
// 3. the process's RSS before the first event and after the dispatch.
// Usage: dotnet run -c Release --project bench/EventsBench -- [transactions=2000] [events=10000]
// BENCH_SYNC=OFF (or NORMAL) sets SQLite's synchronous pragma on the producer's connection: the CPU cost without the
// wait for the disk at each commit.
var transactions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var backlog = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10000;

var folder = Directory.CreateTempSubdirectory("pelhrimov-events-bench");
// The app's connections open an existing file only (a lost database must not be replaced silently): make it first.
File.Create(Path.Combine(folder.FullName, "portal.db")).Dispose();
var database = new PortalDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "portal.db")};Default Timeout=30");
var services = new ServiceCollection();
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
services.AddHttpContextAccessor();
services.AddSingleton(TimeProvider.System);
services.AddSingleton(database);
services.AddScoped<ScopedConnection>();
services.AddDbContext<SqliteCoreDbContext>((sp, o) => database.Configure(o, "Core", sp.GetRequiredService<ScopedConnection>().Connection));
services.AddScoped<CoreDbContext>(sp => sp.GetRequiredService<SqliteCoreDbContext>());
services.AddScoped<IAuditLog, AuditLog>();
services.AddOptions<EventOptions>();
services.AddSingleton<EventCatalog>();
services.AddSingleton<EventDispatchSignal>();
services.AddSingleton<EventDispatcher>();
services.AddSingleton<RequestsInFlight>();
services.AddScoped<IDomainEvents, DomainEvents>();
services.AddEventHandler<BenchEvent, NoOpHandler>();
await using var provider = services.BuildServiceProvider();

await using (var scope = provider.CreateAsyncScope())
{
    var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
    await using var script = typeof(CoreDbContext).Assembly.GetManifestResourceStream("migrations.SqliteCoreDbContext.sql")!;
    await core.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    await core.Database.ExecuteSqlRawAsync(await new StreamReader(script).ReadToEndAsync());
}

async Task<double> ProducerAsync(bool publish, int i)
{
    await using var scope = provider.CreateAsyncScope();
    var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
    var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
    var events = scope.ServiceProvider.GetRequiredService<IDomainEvents>();
    await core.Database.OpenConnectionAsync();
    switch (Environment.GetEnvironmentVariable("BENCH_SYNC"))
    {
        case "OFF":
            await core.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF");
            break;
        case "NORMAL":
            await core.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL");
            break;
    }
    var watch = Stopwatch.StartNew();
    await SharedTransaction.RunAsync(core, [], async () =>
    {
        audit.Add("bench.changed", "Bench", i.ToString(CultureInfo.InvariantCulture), "Změna", "bench");
        if (publish)
        {
            events.Publish(new BenchEvent(Guid.NewGuid(), i, "Uzavírka mostu přes Bělou"));
        }
        await core.SaveChangesAsync();
    });
    return watch.Elapsed.TotalMilliseconds;
}

// Warm both paths up (JIT, EF query caches), then measure them interleaved so that disk and CPU noise hit both alike.
for (var i = 0; i < 200; i++)
{
    await ProducerAsync(publish: false, i);
}
var rssBefore = Process.GetCurrentProcess().WorkingSet64;
for (var i = 0; i < 200; i++)
{
    await ProducerAsync(publish: true, i);
}
await provider.GetRequiredService<EventDispatcher>().DispatchDueAsync();
async Task<(List<double> Without, List<double> With)> MeasureAsync()
{
    var without = new List<double>(transactions);
    var with = new List<double>(transactions);
    for (var i = 0; i < transactions; i++)
    {
        without.Add(await ProducerAsync(publish: false, i));
        with.Add(await ProducerAsync(publish: true, i));
    }
    return (without, with);
}
var alone = await MeasureAsync();
await provider.GetRequiredService<EventDispatcher>().DispatchDueAsync();

// The same with the dispatcher running as EventDispatchService runs it: woken after each commit, it claims, runs the
// no-op handler and records the outcome while the next producer transaction starts.
using var stopDispatch = new CancellationTokenSource();
var signal = provider.GetRequiredService<EventDispatchSignal>();
var dispatchLoop = Task.Run(async () =>
{
    while (!stopDispatch.IsCancellationRequested)
    {
        await provider.GetRequiredService<EventDispatcher>().DispatchDueAsync();
        try
        {
            await signal.WaitAsync(TimeSpan.FromSeconds(5), stopDispatch.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
    }
});
var dispatching = await MeasureAsync();
await stopDispatch.CancelAsync();
await dispatchLoop;
await provider.GetRequiredService<EventDispatcher>().DispatchDueAsync();

// A backlog published in transactions of 500, then dispatched.
for (var start = 0; start < backlog; start += 500)
{
    await using var scope = provider.CreateAsyncScope();
    var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
    var events = scope.ServiceProvider.GetRequiredService<IDomainEvents>();
    await SharedTransaction.RunAsync(core, [], async () =>
    {
        for (var i = start; i < Math.Min(backlog, start + 500); i++)
        {
            events.Publish(new BenchEvent(Guid.NewGuid(), i, "Uzavírka mostu přes Bělou"));
        }
        await core.SaveChangesAsync();
    });
}
var dispatch = Stopwatch.StartNew();
var handled = await provider.GetRequiredService<EventDispatcher>().DispatchDueAsync();
dispatch.Stop();
var rssAfter = Process.GetCurrentProcess().WorkingSet64;

static double Percentile(List<double> samples, double p)
{
    samples.Sort();
    return samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
}
static string Producer(string label, (List<double> Without, List<double> With) m) => string.Create(CultureInfo.InvariantCulture,
    $"producer {label} transactions={m.Without.Count} without: p50_ms={Percentile(m.Without, 50):F3} p95_ms={Percentile(m.Without, 95):F3} with event: p50_ms={Percentile(m.With, 50):F3} p95_ms={Percentile(m.With, 95):F3} added_p50_ms={Percentile(m.With, 50) - Percentile(m.Without, 50):F3} added_p95_ms={Percentile(m.With, 95) - Percentile(m.Without, 95):F3}");
Console.WriteLine(Producer("alone", alone));
Console.WriteLine(Producer("dispatcher-running", dispatching));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    dispatch events={handled} seconds={dispatch.Elapsed.TotalSeconds:F2} per_second={handled / dispatch.Elapsed.TotalSeconds:F0} (no-op handler, batch 100, 4 at a time, outcomes by group commit)
    rss_mb before_first_event={rssBefore / 1048576.0:F1} after_dispatch={rssAfter / 1048576.0:F1} added={(rssAfter - rssBefore) / 1048576.0:F1}
    """));
folder.Delete(recursive: true);
