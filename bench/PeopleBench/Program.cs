using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;
using Pelhrimov.People.Services;

// IPersonLinks.PersonIdsOfAsync on a SQLite file with the real PeopleDbContext (compiled model, migration script) and
// PersonLinks, no web host: `persons` persons, one linked account each, then `lookups` look-ups of random accounts
// (half linked, half unknown), each in its own DI scope as a request would make it. Prints p50, p95, p99 and the plan.
// Usage: dotnet run -c Release --project bench/PeopleBench -- [persons=100000] [lookups=20000]
var persons = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var lookups = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;

var folder = Directory.CreateTempSubdirectory("pelhrimov-people-bench");
var database = new PortalDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder.FullName, "portal.db")};Default Timeout=30");
var services = new ServiceCollection();
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
services.AddSingleton(database);
services.AddScoped<ScopedConnection>();
services.AddDbContext<SqlitePeopleDbContext>((sp, o) => database.Configure(o, "People", sp.GetRequiredService<ScopedConnection>().Connection));
services.AddScoped<PeopleDbContext>(sp => sp.GetRequiredService<SqlitePeopleDbContext>());
services.AddScoped<IPersonLinks, PersonLinks>();
await using var provider = services.BuildServiceProvider();

var accounts = new Guid[persons];
await using (var scope = provider.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
    await using var script = typeof(PeopleDbContext).Assembly.GetManifestResourceStream("migrations.SqlitePeopleDbContext.sql")!;
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    await db.Database.ExecuteSqlRawAsync(await new StreamReader(script).ReadToEndAsync());
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var born = new DateOnly(1950, 1, 1);
    for (var i = 0; i < persons; i++)
    {
        var person = new Person { Id = $"OS-{i + 1:000000}", GivenName = "Jan", FamilyName = "Novák" + i, DateOfBirth = born.AddDays(i % 20000), UpdatedUtc = DateTime.UtcNow };
        MatchKeys.Apply(person);
        db.Persons.Add(person);
        accounts[i] = Guid.NewGuid();
        db.Links.Add(new PersonLink { AccountId = accounts[i], PersonId = person.Id, Method = LinkMethod.Automatic, LinkedUtc = DateTime.UtcNow, LinkedBy = "bench" });
        if (i % 5000 == 4999)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
    await db.SaveChangesAsync();
    var connection = db.Database.GetDbConnection();
    await db.Database.OpenConnectionAsync();
    await using var explain = connection.CreateCommand();
    explain.CommandText = "EXPLAIN QUERY PLAN SELECT PersonId FROM people_links WHERE AccountId = $a AND UnlinkedUtc IS NULL ORDER BY PersonId";
    var parameter = explain.CreateParameter();
    (parameter.ParameterName, parameter.Value) = ("$a", accounts[0].ToString().ToUpperInvariant());
    explain.Parameters.Add(parameter);
    var plan = new List<string>();
    await using (var reader = await explain.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }
    }
    Console.WriteLine("plan: " + string.Join(" | ", plan));
}

async Task<double> LookupAsync(Guid account)
{
    await using var scope = provider.CreateAsyncScope();
    var links = scope.ServiceProvider.GetRequiredService<IPersonLinks>();
    var watch = Stopwatch.StartNew();
    var ids = await links.PersonIdsOfAsync(account, CancellationToken.None);
    var elapsed = watch.Elapsed.TotalMilliseconds;
    GC.KeepAlive(ids);
    return elapsed;
}

var random = new Random(13);
for (var i = 0; i < 1000; i++)
{
    await LookupAsync(accounts[random.Next(persons)]);
}
var times = new List<double>(lookups);
var found = 0;
for (var i = 0; i < lookups; i++)
{
    var known = i % 2 == 0;
    var account = known ? accounts[random.Next(persons)] : Guid.NewGuid();
    times.Add(await LookupAsync(account));
    found += known ? 1 : 0;
}
times.Sort();
double P(double q) => times[(int)Math.Min(times.Count - 1, Math.Round(q * (times.Count - 1)))];
Console.WriteLine(FormattableString.Invariant($"persons {persons}, lookups {lookups} ({found} linked accounts): p50 {P(0.5):0.000} ms, p95 {P(0.95):0.000} ms, p99 {P(0.99):0.000} ms (scope, context and query)"));
folder.Delete(recursive: true);
