using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pelhrimov.Payments.Matching;
using Pelhrimov.Payments.Statements;

// Reading and matching a generated GPC statement with the Payments library (no web host, no database):
// 1. parsing the windows-1250 bytes into lines (decoding, encoding checks, fixed columns, keys): median and worst of runs;
// 2. matching its credit lines against as many open receivables: median and worst of runs;
// 3. allocated bytes per parse, and the process's CPU time of each step besides the wall time.
// The issue's target is the whole import of a 10 000-line statement in ≤ 10 s; these two steps are its CPU part.
// Usage: dotnet run -c Release --project bench/StatementsBench -- [lines=10000] [runs=20]
var lineCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;

var (content, receivables) = GeneratedStatement.Create(lineCount);
Console.WriteLine($"Statement: {lineCount} lines, {content.Length / 1024.0:F0} kB windows-1250; {receivables.Count} open receivables");

// Warm-up (JIT) outside the measurement.
var warm = GpcStatementParser.Parse(content);
PaymentMatcher.Match(warm.Lines, receivables);
if (warm.Problems.Count > 0 || warm.Lines.Count() != lineCount)
{
    throw new InvalidOperationException($"The generated statement did not read cleanly: {(warm.Problems.Count > 0 ? warm.Problems[0] : null)}");
}

var parseTimes = new List<double>();
var matchTimes = new List<double>();
var parseCpu = new List<double>();
var matchCpu = new List<double>();
var process = Process.GetCurrentProcess();
long allocated = 0;
IReadOnlyList<MatchProposal> proposals = [];
for (var run = 0; run < runs; run++)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    var cpu = Cpu();
    var watch = Stopwatch.StartNew();
    var file = GpcStatementParser.Parse(content);
    parseTimes.Add(watch.Elapsed.TotalMilliseconds);
    parseCpu.Add(Cpu() - cpu);
    allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    cpu = Cpu();
    watch.Restart();
    proposals = PaymentMatcher.Match(file.Lines, receivables);
    matchTimes.Add(watch.Elapsed.TotalMilliseconds);
    matchCpu.Add(Cpu() - cpu);
}

Console.WriteLine($"Parse:  median {Median(parseTimes):F1} ms, worst {parseTimes.Max():F1} ms ({runs} runs); CPU median {Median(parseCpu):F1} ms; {allocated / (1024.0 * 1024):F1} MB allocated per parse");
Console.WriteLine($"Match:  median {Median(matchTimes):F1} ms, worst {matchTimes.Max():F1} ms ({runs} runs); CPU median {Median(matchCpu):F1} ms");
Console.WriteLine($"Load average: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine("Proposals: " + string.Join(", ", proposals.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));

// The process's CPU time (all threads, GC included): less sensitive than wall time to other work on a shared machine.
double Cpu()
{
    process.Refresh();
    return process.TotalProcessorTime.TotalMilliseconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

/// <summary>A statement like a town's busiest month: mostly fee payments with Czech names, some partial, some unknown.</summary>
internal static class GeneratedStatement
{
    private static readonly string[] Names =
        ["Novák Jan", "Šťastná Růžena", "Kolář Tomáš", "Černý Jiří", "Žáková Ludmila", "Dvořáková Věra", "Procházka Lukáš", "Marek Josef"];

    public static (byte[] Content, List<OpenReceivable> Receivables) Create(int lines)
    {
        var text = new StringBuilder();
        var receivables = new List<OpenReceivable>(lines);
        long credits = 0;
        var items = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            var variableSymbol = (2026000000L + i).ToString(CultureInfo.InvariantCulture);
            var hellers = 50_000L + i % 7 * 10_000;
            // Every tenth pays half, every twentieth has a symbol nobody owes.
            var paid = i % 10 == 3 ? hellers / 2 : hellers;
            var paidSymbol = i % 20 == 7 ? "9" + variableSymbol[1..] : variableSymbol;
            receivables.Add(new OpenReceivable($"r{i}", variableSymbol, null, hellers / 100m));
            credits += paid;
            items.Append("075").Append("0001071234567899").Append("0000002900000005")
                .Append((i + 1).ToString("D13", CultureInfo.InvariantCulture)).Append(paid.ToString("D12", CultureInfo.InvariantCulture)).Append('2')
                .Append(paidSymbol.PadLeft(10, '0')).Append("00").Append("2010").Append("1378").Append("0000000000").Append("011226")
                .Append(Names[i % Names.Length].PadRight(20)).Append('0').Append("1101").Append("011226").Append("\r\n");
        }
        const long opening = 100_000_000;
        text.Append("074").Append("0001071234567899").Append("MESTO PELHRIMOV".PadRight(20)).Append("301126")
            .Append(opening.ToString("D14", CultureInfo.InvariantCulture)).Append('+')
            .Append((opening + credits).ToString("D14", CultureInfo.InvariantCulture)).Append('+')
            .Append(0L.ToString("D14", CultureInfo.InvariantCulture)).Append('0')
            .Append(credits.ToString("D14", CultureInfo.InvariantCulture)).Append('0')
            .Append("240").Append("011226").Append(' ', 14).Append("\r\n").Append(items);
        return (CodePagesEncodingProvider.Instance.GetEncoding(1250)!.GetBytes(text.ToString()), receivables);
    }
}
