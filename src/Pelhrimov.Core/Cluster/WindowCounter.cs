namespace Pelhrimov.Core.Cluster;

/// <summary>
/// Fixed-window counters shared by every node (Redis INCRBY + PEXPIRE); registered in cluster mode only, so that a
/// one-node site keeps .NET's own in-memory limiters.
/// </summary>
public interface IWindowCounter
{
    /// <summary>Adds <paramref name="amount"/> (0 only reads) to <paramref name="key"/>'s count in its current window.</summary>
    WindowCount Add(string key, int amount, TimeSpan window);
}

/// <summary>A count in a window and how long until the window ends (and the count starts from zero).</summary>
public readonly record struct WindowCount(long Count, TimeSpan ResetsIn);

/// <summary>Windows in this node's memory: cluster mode's fallback while Redis is away (limits are then per node).</summary>
public sealed class MemoryWindowCounter(TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly Dictionary<string, (long Count, DateTimeOffset Ends)> _windows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public WindowCount Add(string key, int amount, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_windows.Count > PruneAbove)
            {
                foreach (var ended in _windows.Where(w => w.Value.Ends <= now).Select(w => w.Key).ToList())
                {
                    _windows.Remove(ended);
                }
            }
            var current = _windows.TryGetValue(key, out var found) && found.Ends > now ? found : (0, now + window);
            current.Count += amount;
            _windows[key] = current;
            return new WindowCount(current.Count, current.Ends - now);
        }
    }
}
