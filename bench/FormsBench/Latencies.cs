using System.Collections.Concurrent;
using System.Globalization;

namespace Pelhrimov.FormsBench;

/// <summary>Request times in milliseconds, collected from many tasks, summarised as p50 / p95 / p99 / max.</summary>
public sealed class Latencies
{
    private readonly ConcurrentBag<double> _samples = [];

    public int Count => _samples.Count;

    public void Add(double ms) => _samples.Add(ms);

    public void AddRange(IEnumerable<double> ms)
    {
        foreach (var sample in ms)
        {
            _samples.Add(sample);
        }
    }

    public double Percentile(double p)
    {
        var sorted = _samples.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} p50={Percentile(50):F1} ms p95={Percentile(95):F1} ms p99={Percentile(99):F1} ms max={Percentile(100):F1} ms");
}
