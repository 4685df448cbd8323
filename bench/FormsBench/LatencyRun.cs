using System.Diagnostics;
using System.Globalization;

namespace Pelhrimov.FormsBench;

/// <summary>Rendering a step (GET) and posting one (validation, the fill saved, the redirect), fill after fill.</summary>
public static class LatencyRun
{
    private const int WarmUpFills = 100;

    public static async Task RunAsync(HttpClient http, int fills, int concurrency)
    {
        for (var i = 0; i < WarmUpFills; i++)
        {
            await StreetLightReport.PrepareAsync(http, 100_000 + i);
        }
        var gets = new Latencies();
        var posts = new Latencies();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, fills), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (number, _) =>
        {
            var (_, timings) = await StreetLightReport.PrepareAsync(http, number);
            gets.AddRange(timings.StepGets);
            posts.AddRange(timings.StepPosts);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency: fills={fills} concurrency={concurrency} (after {WarmUpFills} warm-up fills) in {watch.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine($"  GET step page:  {gets}");
        Console.WriteLine($"  POST step:      {posts}");
    }
}
