using System.Diagnostics.CodeAnalysis;

namespace Pelhrimov.Search.Services;

/// <summary>What the indexer is doing, in memory, for the admin screen.</summary>
public sealed class SearchIndexStatus
{
    private volatile bool _rebuildRequested;

    public bool IsRebuilding { get; private set; }

    public int RebuildIndexed { get; private set; }

    public DateTime? LastUpdatedUtc { get; set; }

    public DateTime? LastRebuildUtc { get; private set; }

    public string? LastError { get; set; }

    public bool RebuildRequested => _rebuildRequested;

    public void RequestRebuild() => _rebuildRequested = true;

    public void RebuildStarted()
    {
        _rebuildRequested = false;
        IsRebuilding = true;
        RebuildIndexed = 0;
    }

    public void RebuildProgress(int indexed) => RebuildIndexed = indexed;

    public void RebuildFinished(DateTime utc)
    {
        IsRebuilding = false;
        LastRebuildUtc = utc;
        LastUpdatedUtc = utc;
    }
}

/// <summary>Wakes the indexer before its next one-second tick (after a rebuild request).</summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Its SemaphoreSlim only waits asynchronously and never creates a wait handle: nothing to dispose.")]
public sealed class SearchIndexSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
