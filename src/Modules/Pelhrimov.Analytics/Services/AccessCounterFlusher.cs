using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Analytics.Services;

/// <summary>Stores the counter's pending counts every 10 seconds and once more at shutdown.</summary>
public sealed class AccessCounterFlusher(AccessCounter counter, IServiceScopeFactory scopes, ILogger<AccessCounterFlusher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Stores everything counted so far; when it returns, those counts are in the database.</summary>
    /// <remarks>Flushes run one at a time, so a caller never returns while another flush still holds counts.</remarks>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var batches = counter.TakePending();
            if (batches.Count == 0)
            {
                return;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AnalyticsStore>().AddAsync(batches, cancellationToken);
            }
            catch
            {
                counter.Return(batches);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await TryFlushAsync(CancellationToken.None);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TryFlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task TryFlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Access counts could not be stored; they are kept for the next attempt.");
        }
    }
}
