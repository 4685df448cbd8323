using System.Diagnostics.CodeAnalysis;

namespace Pelhrimov.Core.Hosting;

/// <summary>Wakes one node's background worker when something for it was committed on this node, so it need not wait
/// for its next poll. Each worker has its own subclass, registered as a singleton.</summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Its SemaphoreSlim only waits asynchronously and never creates a wait handle: nothing to dispose.")]
public abstract class WakeUpSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the worker will look anyway.
        }
    }

    /// <summary>Waits for <see cref="Notify"/> or until <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _signal.WaitAsync(timeout, cancellationToken);
}
