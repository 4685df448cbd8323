using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Search.Domain;
using Pelhrimov.Search.Services;
using SearchBench;

// The search benchmark of issue 4: N generated Czech documents indexed by the Search module's own SearchIndex
// (rebuild path, Czech analyzer), then a mixed query set through SearchService.Search (what /hledat runs: facets,
// paging, highlighted snippets) and SearchService.Suggest (what /api/v1/search runs). Prints a Markdown report.
// Usage: dotnet run -c Release --project bench/SearchBench -- [--docs 100000] [--queries 3000] [--warmup 600] [--seed 2026] [--dir path] [--repeat 2] [--thesaurus on|off]
var options = Options.Parse(args);
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var repo = Options.FindRepository();
var corpus = new CzechCorpus(Path.Combine(repo, "App_Data.sample"));
var now = DateTime.UtcNow;
var workDir = options.Dir ?? Path.Combine(Path.GetTempPath(), "pelhrimov-searchbench-" + Environment.ProcessId);
Console.Error.WriteLine($"[search-bench] corpus: {corpus.Samples.Count} sample items, {corpus.SentenceWords.Count} sentences, {corpus.DistinctWords} distinct words; index in {workDir}");

// What generating the documents alone costs (the rebuild below includes it, as a real rebuild includes reading the database).
var generation = Stopwatch.StartNew();
long chars = 0;
await foreach (var document in corpus.DocumentsAsync(options.Docs, options.Seed, now))
{
    chars += document.Title.Length + document.Text.Length + document.Summary.Length;
}
generation.Stop();
Console.Error.WriteLine($"[search-bench] generated {options.Docs} documents ({chars / 1e6:F1} M characters) in {generation.Elapsed.TotalSeconds:F1} s");

var report = new List<string>();
try
{
    for (var run = 1; run <= options.Repeat; run++)
    {
        if (Directory.Exists(workDir))
        {
            Directory.Delete(workDir, recursive: true);
        }
        using var index = new SearchIndex(new DataFolder(workDir, Path.Combine(repo, "App_Data.sample")), NullLogger<SearchIndex>.Instance);
        index.Open();
        var clock = new FixedClock(now);
        var thesaurus = new ThesaurusCache(index, new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());
        if (options.Thesaurus)
        {
            // The recipe's default thesaurus, compiled as a node compiles it from the database.
            var (rows, _) = ThesaurusCsv.Parse(File.ReadAllText(Path.Combine(repo, "App_Data.sample", "search", "thesaurus.csv")));
            thesaurus.Use(Thesaurus.Compile(rows.Select(r => new ThesaurusEntry { Terms = r.Terms!, Synonyms = r.Synonyms!, TwoWay = r.TwoWay }), index.Analyzer, 1));
            Console.Error.WriteLine($"[search-bench] thesaurus: {rows.Count} entries, {thesaurus.Current.Rules} phrases that expand");
        }
        var search = new SearchService(index, thesaurus, QuerySet.Kinds, new DidYouMean(), clock);

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var rebuild = Stopwatch.StartNew();
        var indexed = await index.RebuildAsync([corpus.DocumentsAsync(options.Docs, options.Seed, now)], cursor: 1, cursorLoggedUtc: null);
        rebuild.Stop();
        var rebuildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var size = index.SizeOnDisk;
        var segments = index.Search(s => s.IndexReader.Leaves.Count);
        Console.Error.WriteLine($"[search-bench] run {run}: rebuilt {indexed} documents in {rebuild.Elapsed.TotalSeconds:F1} s (CPU {rebuildCpu.TotalSeconds:F1} s), {size / 1048576.0:F1} MiB, {segments} segments");

        var queries = QuerySet.Build(corpus, options.Warmup + options.Queries, options.Seed);
        var timings = new Dictionary<string, List<double>>();
        var cpuTimings = new Dictionary<string, List<double>>();
        var hits = new Dictionary<string, long>();
        var empty = new Dictionary<string, int>();
        for (var i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            var cpuStarted = ThreadCpu.Milliseconds();
            var started = Stopwatch.GetTimestamp();
            var found = q.Suggest ? search.Suggest(q.Text, 8).Count : Run(search, q);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var cpuMs = ThreadCpu.Milliseconds() - cpuStarted;
            if (i < options.Warmup)
            {
                continue;
            }
            foreach (var key in new[] { q.Category, q.Suggest ? "all suggestions (/api/v1/search)" : "all /hledat pages", "all queries" })
            {
                (timings.TryGetValue(key, out var list) ? list : timings[key] = []).Add(ms);
                (cpuTimings.TryGetValue(key, out var cpuList) ? cpuList : cpuTimings[key] = []).Add(cpuMs);
                hits[key] = hits.GetValueOrDefault(key) + found;
                empty[key] = empty.GetValueOrDefault(key) + (found == 0 ? 1 : 0);
            }
        }

        report.Add($"### Run {run} of {options.Repeat}");
        report.Add("");
        report.Add($"| Measure | Result | Target | Met |");
        report.Add($"| --- | --- | --- | --- |");
        report.Add($"| Full rebuild of {indexed:N0} documents ({chars / 1e6:F0} M characters; generating them alone: {generation.Elapsed.TotalSeconds:F1} s) | {rebuild.Elapsed.TotalSeconds:F1} s ({indexed / rebuild.Elapsed.TotalSeconds:N0} documents/s; CPU time {rebuildCpu.TotalSeconds:F1} s) | ≤ 60 s | {(rebuild.Elapsed.TotalSeconds <= 60 ? "yes" : "**no**")} |");
        report.Add($"| Index size on disk | {size / 1048576.0:F1} MiB in {segments} segments | reported | — |");
        var all = Percentiles(timings["all queries"]);
        var allCpu = Percentiles(cpuTimings["all queries"]);
        report.Add($"| Query latency p95, all {timings["all queries"].Count:N0} queries after {options.Warmup} warm-up | {all.P95:F2} ms (p50 {all.P50:F2}, p99 {all.P99:F2}, max {all.Max:F1}; CPU time p95 {allCpu.P95:F2} ms) | ≤ 15 ms | {(all.P95 <= 15 ? "yes" : "**no**")} |");
        report.Add("");
        report.Add("| Query kind | Count | p50 ms | p95 ms | p99 ms | max ms | CPU p50 / p95 / p99 ms | mean results | no result |");
        report.Add("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (key, list) in timings.OrderBy(t => t.Key.StartsWith("all", StringComparison.Ordinal)).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            var p = Percentiles(list);
            var c = Percentiles(cpuTimings[key]);
            report.Add($"| {key} | {list.Count} | {p.P50:F2} | {p.P95:F2} | {p.P99:F2} | {p.Max:F1} | {c.P50:F2} / {c.P95:F2} / {c.P99:F2} | {hits[key] / (double)list.Count:F1} | {empty[key]} |");
        }
        report.Add("");
    }
}
finally
{
    if (options.Dir is null && Directory.Exists(workDir))
    {
        Directory.Delete(workDir, recursive: true);
    }
}
Console.WriteLine(string.Join('\n', report));

// A /hledat request: the page of results with facets and snippets; the number of all results in the chosen kind.
static int Run(SearchService search, BenchQuery q)
{
    var results = search.Search(q.Text, q.KindSlug, q.Page);
    return results.Total;
}

static (double P50, double P95, double P99, double Max) Percentiles(List<double> values)
{
    var sorted = values.Order().ToArray();
    double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    return (At(0.50), At(0.95), At(0.99), sorted[^1]);
}

// CPU time of the calling thread (Linux/glibc clock_gettime): on a shared machine it shows what a query costs,
// while the wall time also holds the time the thread waited for a core.
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds() => ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : double.NaN;

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

internal sealed class FixedClock(DateTime utc) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
}

internal sealed record Options(int Docs, int Queries, int Warmup, int Seed, string? Dir, int Repeat, bool Thesaurus)
{
    public static Options Parse(string[] args)
    {
        var o = new Options(100_000, 3_000, 600, 2026, null, 1, true);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            o = args[i] switch
            {
                "--docs" => o with { Docs = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--queries" => o with { Queries = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--warmup" => o with { Warmup = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--dir" => o with { Dir = Path.GetFullPath(args[i + 1]) },
                "--repeat" => o with { Repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--thesaurus" => o with { Thesaurus = args[i + 1] != "off" },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }
        return o;
    }

    public static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "App_Data.sample", "content")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("App_Data.sample not found above " + AppContext.BaseDirectory);
    }
}
