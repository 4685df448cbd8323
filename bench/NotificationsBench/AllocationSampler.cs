using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using static Pelhrimov.NotificationsBench.Stats;

namespace Pelhrimov.NotificationsBench;

/// <summary>
/// BENCH_ALLOC=1: what the process allocates while it is on, by type, from the runtime's own sampling (one
/// <c>GCAllocationTick</c> event per ~100 KB allocated, naming the type of the object that crossed the mark). A type's share
/// of the samples estimates its share of the bytes. No stacks: enough to tell EF Core's garbage from MimeKit's or Fluid's.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private readonly ConcurrentDictionary<string, (long Samples, long Bytes)> _byType = new();
    private volatile bool _recording;

    public static bool Enabled => Environment.GetEnvironmentVariable("BENCH_ALLOC") == "1" || Jit;

    /// <summary>BENCH_JIT=1: the methods compiled meanwhile too, by name (a steady stream means code made at run time).</summary>
    public static bool Jit { get; } = Environment.GetEnvironmentVariable("BENCH_JIT") == "1";

    private readonly ConcurrentDictionary<string, long> _jitted = new();

    public void Start()
    {
        _byType.Clear();
        _jitted.Clear();
        _recording = true;
    }

    public IEnumerable<string> Stop(int events, int top = 30)
    {
        _recording = false;
        var total = _byType.Values.Sum(v => v.Bytes);
        foreach (var (type, (samples, bytes)) in _byType.OrderByDescending(t => t.Value.Bytes).Take(top))
        {
            yield return F($"alloc {type,-90} samples={samples} share_pct={100.0 * bytes / Math.Max(1, total):F1} kb_per_event={bytes / 1024.0 / events:F1}");
        }
        foreach (var (method, count) in _jitted.OrderByDescending(m => m.Value).Take(top))
        {
            yield return F($"jit {method,-110} count={count}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword | (Jit ? JitKeyword : 0));
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.Payload is null)
        {
            return;
        }
        if (eventData.EventName?.StartsWith("MethodJittingStarted", StringComparison.Ordinal) == true)
        {
            var names = eventData.PayloadNames!;
            var name = $"{eventData.Payload[names.IndexOf("MethodNamespace")]}::{eventData.Payload[names.IndexOf("MethodName")]}";
            _jitted.AddOrUpdate(name, 1, (_, n) => n + 1);
            return;
        }
        if (eventData.EventName is not "GCAllocationTick_V4" and not "GCAllocationTick_V3")
        {
            return;
        }
        var type = eventData.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? eventData.Payload[i] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _byType.AddOrUpdate(type, (1, amount), (_, v) => (v.Samples + 1, v.Bytes + amount));
    }
}
