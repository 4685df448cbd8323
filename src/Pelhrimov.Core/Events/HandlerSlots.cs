using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Core.Events;

/// <summary>
/// How many handlers of a batch may run at once: <see cref="EventOptions.Concurrency"/> while the node is quiet, one while
/// it answers <see cref="EventOptions.YieldAtRequests"/> or more requests. The citizen waiting for the acknowledgement of
/// a form gets the cores before the receipt of a form already acknowledged (ADR 0058); one handler keeps running, so the
/// backlog never stops, and the full concurrency returns as soon as the requests drop.
/// </summary>
public sealed class HandlerSlots(int concurrency, int yieldAtRequests, RequestsInFlight requests)
{
    /// <summary>How often a waiting handler looks at the requests again when no running handler ends meanwhile.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(50);

    private readonly Lock _lock = new();
    private int _running;
    private TaskCompletionSource? _freed;

    /// <summary>How many may run now.</summary>
    public int Allowed => yieldAtRequests > 0 && requests.Count >= yieldAtRequests ? 1 : Math.Max(1, concurrency);

    public int Running
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    /// <summary>Waits for a slot; dispose the result when the handler has finished.</summary>
    public async Task<Slot> EnterAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task freed;
            lock (_lock)
            {
                if (_running < Allowed)
                {
                    _running++;
                    return new Slot(this);
                }
                _freed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                freed = _freed.Task;
            }
            await Task.WhenAny(freed, Task.Delay(Recheck, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void Leave()
    {
        TaskCompletionSource? freed;
        lock (_lock)
        {
            _running--;
            freed = _freed;
            _freed = null;
        }
        freed?.TrySetResult();
    }

    public readonly struct Slot(HandlerSlots slots) : IDisposable
    {
        public void Dispose() => slots.Leave();
    }
}
