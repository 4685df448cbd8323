using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Indexing;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Search.Services;

/// <summary>Keeps the node's index up to date: opens it at start-up (rebuilding it when missing or unreadable), then
/// every second applies new indexing-log entries after the index's cursor. Runs in the background; the site never waits.</summary>
public sealed class SearchIndexer(
    SearchIndex index,
    SearchIndexStatus status,
    SearchIndexSignal signal,
    IServiceScopeFactory scopes,
    IOutputCacheStore cache,
    TimeProvider clock,
    ILogger<SearchIndexer> logger,
    StartupGate startup,
    SiteSetup setup) : BackgroundService
{
    public const string CacheTag = "search-results";
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            // Requests wait for the setup too, so no search is answered before the index is opened or discarded here.
            await setup.Completion.WaitAsync(stoppingToken);
        }
        catch (Exception)
        {
            // The start fails with setup's error (or the host is stopping).
            return;
        }
        try
        {
            if (!index.Open(discard: !await CursorMatchesLogAsync(stoppingToken)))
            {
                status.RequestRebuild();
            }
        }
        catch (Exception e)
        {
            status.LastError = e.Message;
            logger.LogError(e, "Search index could not be opened; search stays unavailable");
            return;
        }
        // An existing index serves searches from here on; a rebuild and the log wait until the site has answered its
        // first request.
        await startup.WaitAsync(stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (status.RebuildRequested)
                {
                    await RebuildAsync(stoppingToken);
                }
                while (await ApplyLogAsync(stoppingToken) == BatchSize)
                {
                }
                status.LastError = null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database may be busy or not migrated yet; the next tick retries from the same cursor.
                status.LastError = e.Message;
                logger.LogWarning(e, "Search indexing failed; retrying");
            }
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task<bool> CursorMatchesLogAsync(CancellationToken cancellationToken)
    {
        if (index.ReadCommittedCursor() is not { } committed)
        {
            return true;
        }
        using var scope = scopes.CreateScope();
        return await IndexCursorCheck.MatchesLogAsync(scope.ServiceProvider.GetRequiredService<CoreDbContext>(), committed, logger, cancellationToken);
    }

    /// <summary>Re-reads every public item from every source, then continues from the log's head as it was before reading.</summary>
    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        status.RebuildStarted();
        try
        {
            using var scope = scopes.CreateScope();
            var head = await IndexCursorCheck.HeadAsync(scope.ServiceProvider.GetRequiredService<CoreDbContext>(), cancellationToken);
            var sources = scope.ServiceProvider.GetServices<ISearchDocumentSource>().Select(s => s.AllAsync(cancellationToken));
            var count = await index.RebuildAsync(sources, head.Id, head.LoggedUtc, status.RebuildProgress, cancellationToken);
            await cache.EvictByTagAsync(CacheTag, cancellationToken);
            logger.LogInformation("Search index rebuilt: {Count} documents, cursor {Cursor}", count, head.Id);
        }
        catch
        {
            status.RequestRebuild();
            throw;
        }
        finally
        {
            status.RebuildFinished(clock.GetUtcNow().UtcDateTime);
        }
    }

    private async Task<int> ApplyLogAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<IndexingLog>();
        var tasks = await log.ReadAfterAsync(index.Cursor, BatchSize, cancellationToken);
        if (tasks.Count == 0)
        {
            return 0;
        }
        var sources = scope.ServiceProvider.GetServices<ISearchDocumentSource>().ToList();
        // Later entries for the same item supersede earlier ones, so each item is loaded once per batch.
        foreach (var task in tasks.GroupBy(t => (t.ItemType, t.ItemId)).Select(g => g.Last()))
        {
            var source = sources.FirstOrDefault(s => s.ItemTypes.Contains(task.ItemType));
            var document = source is not null && task.Kind == IndexingTaskKind.Update
                ? await source.LoadAsync(task.ItemType, task.ItemId, cancellationToken)
                : null;
            if (document is null)
            {
                index.Delete(task.ItemType, task.ItemId);
            }
            else
            {
                index.Upsert(document);
            }
        }
        index.Commit(tasks[^1].Id, tasks[^1].CreatedUtc);
        status.LastUpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
        return tasks.Count;
    }
}
