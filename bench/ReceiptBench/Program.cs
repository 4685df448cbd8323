using System.Diagnostics;
using System.Globalization;
using Pelhrimov.Forms.Receipts;
using Pelhrimov.ReceiptBench;

// The PDF receipt of a typical form (the dog registration: 4 steps, 2 dogs, 24 answers, one 600-character note,
// 2 attachments), rendered in this process:
// 1. the first receipt of the process (font resolver, font parsing, JIT): milliseconds;
// 2. receipts one after another: p50, p95, p99 and the largest, and the PDF's size;
// 3. receipts on every core at once (as the background receipt jobs run): receipts per second.
// Usage: dotnet run -c Release --project bench/ReceiptBench -- [receipts=500]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var model = TypicalReceipt.Create();

var first = Stopwatch.StartNew();
var pdf = ReceiptPdf.Render(model);
var firstMs = first.Elapsed.TotalMilliseconds;

for (var i = 0; i < 20; i++)
{
    ReceiptPdf.Render(model);
}

var times = new double[count];
for (var i = 0; i < count; i++)
{
    var watch = Stopwatch.StartNew();
    ReceiptPdf.Render(model with { ReferenceNumber = $"PE-2026-{i:D6}" });
    times[i] = watch.Elapsed.TotalMilliseconds;
}

Array.Sort(times);
double Percentile(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];

var workers = Environment.ProcessorCount;
var parallel = Stopwatch.StartNew();
Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
    ReceiptPdf.Render(model with { ReferenceNumber = $"PE-2026-{i:D6}" }));
var perSecond = count / parallel.Elapsed.TotalSeconds;

var invariant = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(invariant, $"first receipt of the process: {firstMs:F0} ms; PDF {pdf.Length / 1024.0:F1} kB"));
Console.WriteLine(string.Create(invariant,
    $"{count} receipts one after another: p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms, max {times[^1]:F2} ms"));
Console.WriteLine(string.Create(invariant, $"{count} receipts on {workers} workers: {perSecond:F0} receipts/s"));
