using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Pelhrimov.Analytics.Domain;

namespace Pelhrimov.Analytics.Services;

/// <summary>One Prague calendar day of counting: pending counts, and the day's salt and seen-visitor set (memory only).</summary>
/// <remarks>The salt is random and never leaves this object; when the day object is dropped, nobody can link a
/// visitor's hash to anything, not even the server.</remarks>
internal sealed class CounterDay(DateOnly date, long startsUtcTicks, long endsUtcTicks, int maxPaths, int maxVisitors)
{
    private const int MaxUserAgentChars = 512;

    private readonly byte[] _salt = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<UInt128, byte> _seen = new();
    private readonly ConcurrentDictionary<string, StripedCounter> _pages = new(StringComparer.Ordinal);
    private int _distinctPaths;
    private int _distinctVisitors;
    private readonly StripedCounter _views = new();
    private long _visits;

    public DateOnly Date => date;

    public bool Covers(long utcTicks) => utcTicks >= startsUtcTicks && utcTicks < endsUtcTicks;

    /// <param name="visitor">The connection's memory: when it already registered this browser today, no hash is computed.</param>
    public void Record(string path, IPAddress? client, string userAgent, ConnectionVisitor? visitor)
    {
        _views.Increment();
        PageTally(path).Increment();
        if (visitor is not null && visitor.IsRegistered(this, client, userAgent))
        {
            return;
        }
        if (Volatile.Read(ref _distinctVisitors) < maxVisitors && _seen.TryAdd(VisitorHash(client, userAgent), 0))
        {
            Interlocked.Increment(ref _distinctVisitors);
            Interlocked.Increment(ref _visits);
        }
        visitor?.Registered(this, client, userAgent);
    }

    /// <summary>Takes the counts recorded since the last call, leaving zeros.</summary>
    public DayBatch Take()
    {
        var pages = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (path, tally) in _pages)
        {
            var views = tally.Take();
            if (views > 0)
            {
                pages[path] = views;
            }
        }
        return new DayBatch(date, _views.Take(), Interlocked.Exchange(ref _visits, 0), pages);
    }

    private StripedCounter PageTally(string path)
    {
        if (_pages.TryGetValue(path, out var tally))
        {
            return tally;
        }
        if (Volatile.Read(ref _distinctPaths) >= maxPaths)
        {
            path = PageDailyViews.OtherPaths;
        }
        var created = new StripedCounter();
        if (_pages.TryAdd(path, created))
        {
            Interlocked.Increment(ref _distinctPaths);
            return created;
        }
        return _pages[path];
    }

    private UInt128 VisitorHash(IPAddress? client, string userAgent)
    {
        var agent = userAgent.AsSpan(0, Math.Min(userAgent.Length, MaxUserAgentChars));
        Span<byte> input = stackalloc byte[32 + 16 + 1 + MaxUserAgentChars * 3];
        _salt.CopyTo(input);
        var length = 32;
        if (client is not null && client.TryWriteBytes(input[length..], out var written))
        {
            length += written;
        }
        input[length++] = 0;
        length += Encoding.UTF8.GetBytes(agent, input[length..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input[..length], hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}

/// <summary>Counts of one day not yet stored.</summary>
public sealed record DayBatch(DateOnly Date, long Views, long Visits, IReadOnlyDictionary<string, long> Pages)
{
    public bool IsEmpty => Views == 0 && Visits == 0 && Pages.Count == 0;
}

/// <summary>A count that all cores add to at once without contending for one cache line: each core adds to a slot of
/// its own, 128 bytes from the next, and the flusher sums and resets the slots. On two cores under wrk this halved
/// what the counter costs a request (docs/benchmarks.md).</summary>
internal sealed class StripedCounter
{
    private const int Spacing = 16; // longs: 128 bytes, so that neighbouring slots never share a (prefetched) cache line
    private static readonly int Slots = (int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)Environment.ProcessorCount), 8);

    private readonly long[] _slots = new long[Slots * Spacing];

    public void Increment() => Interlocked.Increment(ref _slots[(Thread.GetCurrentProcessorId() & (Slots - 1)) * Spacing]);

    /// <summary>The count since the last call; increments racing with it land in the next one.</summary>
    public long Take()
    {
        long sum = 0;
        for (var i = 0; i < _slots.Length; i += Spacing)
        {
            sum += Interlocked.Exchange(ref _slots[i], 0);
        }
        return sum;
    }
}
