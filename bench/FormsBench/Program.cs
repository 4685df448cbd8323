using System.Globalization;
using Pelhrimov.FormsBench;

// Smart forms over HTTP against a running site (bench/forms.sh starts it): the anonymous street-light report.
// Usage: dotnet FormsBench.dll <mode> <base url> [arguments]
//   latency <base> [fills=400] [concurrency=1]
//       fills one after another (after 30 warm-up fills): the step pages (GET) and step posts, p50/p95/p99.
//   throughput <base> <data folder> [submissions=3000] [concurrency=16]
//       brings that many fills to their check page, then submits them all: acknowledged submissions per second;
//       then reads portal.db until every receipt is ready and every e-mail queued: how long the backlog takes.
//   crash <base> <data folder> <app pid> <references file> [submissions=2000] [kill after=600] [concurrency=16]
//       submits as above and kills the app (SIGKILL) once `kill after` submissions are acknowledged; writes the
//       acknowledged reference numbers to the file.
//   verify <data folder> <references file>
//       after the restart: waits until no event delivery is open, then counts submissions, receipts and e-mails
//       against the acknowledged references. Exit code 1 when anything is missing or doubled.
var mode = args[0];
if (mode == "verify")
{
    return await CrashCheck.VerifyAsync(new SiteStore(args[1]), args[2]);
}

using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
{
    BaseAddress = new Uri(args[1]),
    Timeout = TimeSpan.FromMinutes(2),
};
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");

switch (mode)
{
    case "latency":
        await LatencyRun.RunAsync(http, Arg(2, 400), Arg(3, 1));
        break;
    case "throughput":
        var fills = await SubmissionRun.PrepareAsync(http, Arg(3, 3000), Arg(4, 16));
        var store = new SiteStore(args[2]);
        var baseline = await store.CountsAsync(StreetLightReport.Slug);
        var run = await SubmissionRun.SubmitAsync(fills, Arg(4, 16), store);
        await SubmissionRun.WaitForBacklogAsync(store, run, baseline);
        break;
    case "crash":
        var doomed = await SubmissionRun.PrepareAsync(http, Arg(5, 2000), Arg(7, 16));
        var pid = int.Parse(args[3], CultureInfo.InvariantCulture);
        var crash = await SubmissionRun.SubmitAsync(doomed, Arg(7, 16), null, killAfter: Arg(6, 600), pid);
        await File.WriteAllLinesAsync(args[4], crash.References);
        Console.WriteLine($"crash: acknowledged={crash.References.Count} failed (no answer, outcome unknown to the client)={crash.Failed}");
        break;
    default:
        Console.Error.WriteLine($"unknown mode {mode}");
        return 2;
}
Console.WriteLine($"load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
return 0;
