using System.Collections.Concurrent;
using System.Net;
using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Analytics.Services;

/// <summary>Counts page views and visits in memory; <see cref="AccessCounterFlusher"/> stores them in batches.</summary>
/// <remarks>The request path only increments counters and, on a day's first sight of a visitor, hashes once more
/// than usual; no database, no locks except at midnight.</remarks>
public sealed class AccessCounter(TimeProvider time)
{
    public const int MaxPathsPerDay = 2_000;

    /// <summary>Beyond this many distinct visitors a day, views are still counted but visits no longer (memory bound).</summary>
    public const int MaxVisitorsPerDay = 1_000_000;

    private readonly Lock _rollover = new();
    private readonly List<CounterDay> _retired = [];
    private readonly ConcurrentQueue<DayBatch> _unsaved = new();
    private CounterDay? _today;

    public void Record(string path, IPAddress? client, string userAgent) => Today().Record(path, client, userAgent, null);

    internal void Record(string path, IPAddress? client, string userAgent, ConnectionVisitor? visitor) =>
        Today().Record(path, client, userAgent, visitor);

    /// <summary>Everything counted since the last call, one batch per day; days that ended are forgotten (salt and visitor set included).</summary>
    public IReadOnlyList<DayBatch> TakePending()
    {
        var today = Today();
        List<CounterDay> days;
        lock (_rollover)
        {
            days = [.. _retired, today];
            _retired.Clear();
        }
        var batches = new List<DayBatch>();
        while (_unsaved.TryDequeue(out var unsaved))
        {
            batches.Add(unsaved);
        }
        batches.AddRange(days.Select(d => d.Take()));
        return batches.Where(b => !b.IsEmpty)
            .GroupBy(b => b.Date)
            .Select(Merge)
            .ToList();
    }

    /// <summary>Puts back batches that could not be stored, to be taken again by the next flush.</summary>
    public void Return(IEnumerable<DayBatch> batches)
    {
        foreach (var batch in batches)
        {
            _unsaved.Enqueue(batch);
        }
    }

    private CounterDay Today()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var current = Volatile.Read(ref _today);
        if (current is not null && current.Covers(now.Ticks))
        {
            return current;
        }
        lock (_rollover)
        {
            if (_today is not null && _today.Covers(now.Ticks))
            {
                return _today;
            }
            if (_today is not null)
            {
                _retired.Add(_today);
            }
            var date = DateOnly.FromDateTime(CzechFormat.ToLocal(now));
            var starts = CzechFormat.ToUtc(date.ToDateTime(TimeOnly.MinValue));
            var ends = CzechFormat.ToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue));
            var day = new CounterDay(date, starts.Ticks, ends.Ticks, MaxPathsPerDay, MaxVisitorsPerDay);
            Volatile.Write(ref _today, day);
            return day;
        }
    }

    private static DayBatch Merge(IGrouping<DateOnly, DayBatch> batches)
    {
        var pages = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (path, views) in batches.SelectMany(b => b.Pages))
        {
            pages[path] = pages.GetValueOrDefault(path) + views;
        }
        return new DayBatch(batches.Key, batches.Sum(b => b.Views), batches.Sum(b => b.Visits), pages);
    }
}
