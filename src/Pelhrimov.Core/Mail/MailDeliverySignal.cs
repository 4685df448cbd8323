namespace Pelhrimov.Core.Mail;

/// <summary>Wakes this node's delivery worker when a message was queued (and its transaction committed).</summary>
public sealed class MailDeliverySignal
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
            // Already signalled: the worker will look at the outbox anyway.
        }
    }

    /// <summary>Waits for <see cref="Notify"/> or until <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _signal.WaitAsync(timeout, cancellationToken);
}
