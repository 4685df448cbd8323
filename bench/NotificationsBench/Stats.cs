using System.Diagnostics;
using System.Globalization;

namespace Pelhrimov.NotificationsBench;

/// <summary>Percentiles of millisecond samples (nearest rank) and the bench's output lines.</summary>
public static class Stats
{
    public static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Describe(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"n={sorted.Count} p50_ms={Percentile(sorted, 50):F2} p95_ms={Percentile(sorted, 95):F2} p99_ms={Percentile(sorted, 99):F2} max_ms={(sorted.Count > 0 ? sorted[^1] : double.NaN):F2}");
    }

    public static void Line(string text) => Console.WriteLine(text);

    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
