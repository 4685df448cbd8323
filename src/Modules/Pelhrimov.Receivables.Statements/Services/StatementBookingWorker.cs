using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;

namespace Pelhrimov.Receivables.Statements.Services;

/// <summary>Wakes the booking worker when a clerk confirms an import (on this node; other nodes find it by polling).</summary>
public sealed class StatementBookingSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify() => _signal.Release();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}

/// <summary>
/// Books confirmed imports in the background, a chunk per transaction, so that the clerk's page answers at once and shows
/// progress (ADR 0032). An import interrupted by a restart is taken up again when its lease runs out: booking is
/// idempotent per line key, so the lines already booked are skipped.
/// </summary>
public sealed class StatementBookingWorker(
    IServiceScopeFactory scopes, StatementBookingSignal signal, StartupGate startup, ILogger<StatementBookingWorker> logger) : BackgroundService
{
    /// <summary>How often imports confirmed on another node (or left by a stopped one) are looked for.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await BookPendingAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database cannot be read now (gone, read-only, restarting). An exception leaving ExecuteAsync
                    // would stop the whole site (BackgroundServiceExceptionBehavior.StopHost); the next poll tries again.
                    logger.LogWarning(e, "Looking for statement imports to book failed; trying again in {Wait}", PollInterval);
                }
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: an unfinished import keeps its lease and is taken up after a restart.
        }
    }

    private async Task BookPendingAsync(CancellationToken cancellationToken)
    {
        List<long> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            pending = await scope.ServiceProvider.GetRequiredService<StatementBooking>().PendingAsync(cancellationToken);
        }
        foreach (var importId in pending)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    if (!await scope.ServiceProvider.GetRequiredService<StatementBooking>().TryClaimAsync(importId, cancellationToken))
                    {
                        continue;
                    }
                }
                var more = true;
                while (more)
                {
                    // A scope per chunk: a fresh change tracker, so that a 10 000-line import does not slow down as it goes.
                    await using var scope = scopes.CreateAsyncScope();
                    more = await scope.ServiceProvider.GetRequiredService<StatementBooking>().BookNextChunkAsync(importId, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Booking of statement import {ImportId} failed; it is retried when its lease runs out", importId);
            }
        }
    }
}
