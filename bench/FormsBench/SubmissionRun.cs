using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Pelhrimov.FormsBench;

/// <summary>What a stream of submissions gave: the acknowledged reference numbers, the requests that got no answer.</summary>
public sealed record SubmitResult(IReadOnlyList<string> References, int Failed, double Seconds);

/// <summary>Many fills brought to their check page, then submitted at once; and the receipts' backlog afterwards.</summary>
public static class SubmissionRun
{
    public static async Task<IReadOnlyList<PreparedFill>> PrepareAsync(HttpClient http, int count, int concurrency)
    {
        var fills = new ConcurrentBag<PreparedFill>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (number, _) =>
            fills.Add((await StreetLightReport.PrepareAsync(http, number)).Fill));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"prepared: fills={count} (7 requests each, to the check page) in {watch.Elapsed.TotalSeconds:F1} s = {count / watch.Elapsed.TotalSeconds:F0} fills/s"));
        return [.. fills];
    }

    /// <summary>Submits every fill, <paramref name="concurrency"/> at a time; kills process <paramref name="pid"/> after
    /// <paramref name="killAfter"/> acknowledgements when given. Samples the receipts made so far each second.</summary>
    public static async Task<SubmitResult> SubmitAsync(
        IReadOnlyList<PreparedFill> fills, int concurrency, SiteStore? store, int? killAfter = null, int? pid = null)
    {
        var references = new ConcurrentQueue<string>();
        var latencies = new Latencies();
        var failed = 0;
        var killed = 0;
        using var sampling = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        var sampler = store is null ? Task.CompletedTask : SampleAsync(store, watch, sampling.Token);
        await Parallel.ForEachAsync(fills, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (fill, _) =>
        {
            try
            {
                var (reference, ms) = await StreetLightReport.SubmitAsync(fill);
                references.Enqueue(reference);
                latencies.Add(ms);
            }
            catch (HttpRequestException) when (Volatile.Read(ref killed) == 1)
            {
                Interlocked.Increment(ref failed);   // the app is gone: no answer, the outcome is unknown to this client
            }
            if (killAfter is { } limit && references.Count >= limit && Interlocked.Exchange(ref killed, 1) == 0)
            {
                Process.GetProcessById(pid!.Value).Kill();   // SIGKILL
                Console.WriteLine($"killed the app (pid {pid}, SIGKILL) after {references.Count} acknowledged submissions");
            }
        });
        var seconds = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"submitted: acknowledged={references.Count} concurrency={concurrency} in {seconds:F2} s = {references.Count / seconds:F1} submissions/s"));
        Console.WriteLine($"  POST odeslat (store + outbox, until the redirect to the confirmation): {latencies}");
        return new SubmitResult([.. references], failed, seconds);
    }

    /// <summary>Reads the database until every submission of the run has its receipt and its e-mail queued.</summary>
    public static async Task WaitForBacklogAsync(SiteStore store, SubmitResult run, (long Submissions, long ReceiptsReady, long Mails) baseline)
    {
        var watch = Stopwatch.StartNew();
        var (submissions, ready, mails) = await store.CountsAsync(StreetLightReport.Slug);
        var atEnd = (ready - baseline.ReceiptsReady, mails - baseline.Mails);
        while ((ready < submissions || mails < submissions) && watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(250);
            (submissions, ready, mails) = await store.CountsAsync(StreetLightReport.Slug);
        }
        var drain = watch.Elapsed.TotalSeconds;
        var made = run.References.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"backlog: at the last acknowledgement receipts={atEnd.Item1}/{made} e-mails queued={atEnd.Item2}/{made}; all done {drain:F1} s later"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  receipts + e-mails over the whole run: {made / (run.Seconds + drain):F1} per second ({made} in {run.Seconds + drain:F1} s); stored={submissions - baseline.Submissions} ready={ready - baseline.ReceiptsReady} e-mails={mails - baseline.Mails}"));
    }

    private static async Task SampleAsync(SiteStore store, Stopwatch watch, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stop);
                var (submissions, ready, mails) = await store.CountsAsync(StreetLightReport.Slug);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  t={watch.Elapsed.TotalSeconds:F0} s: stored={submissions} receipts ready={ready} e-mails queued={mails}"));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
