using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Setup;
using Pelhrimov.Search.Data;
using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Services;

/// <summary>The node's compiled thesaurus, shared by every search. Searches never wait for the database: they use what is here.</summary>
public sealed class ThesaurusCache(SearchIndex index, IServiceScopeFactory scopes) : IDisposable
{
    private Thesaurus _current = Thesaurus.Empty;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public Thesaurus Current => Volatile.Read(ref _current);

    public void Dispose() => _loading.Dispose();

    /// <summary>Uses <paramref name="thesaurus"/> until the next refresh finds another version (for tools such as bench/SearchBench).</summary>
    public void Use(Thesaurus thesaurus) => Volatile.Write(ref _current, thesaurus);

    /// <summary>
    /// Compares the database's thesaurus version with the one in memory (one primary-key read) and, when it differs, loads and
    /// compiles every entry. Run every <see cref="ThesaurusRefresher.Interval"/> on every node, and at once after a change here.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
            var version = await db.ThesaurusState.AsNoTracking().Where(s => s.Id == ThesaurusState.SingletonId)
                .Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
            if (version == Current.Version)
            {
                return;
            }
            var entries = await db.Thesaurus.AsNoTracking().ToListAsync(cancellationToken);
            Volatile.Write(ref _current, Thesaurus.Compile(entries, index.Analyzer, version));
        }
        finally
        {
            _loading.Release();
        }
    }
}

/// <summary>Keeps <see cref="ThesaurusCache"/> current on this node: a change made on any node is used here within
/// <see cref="Interval"/>, without a re-index (docs/search.md, "Thesaurus").</summary>
public sealed class ThesaurusRefresher(ThesaurusCache cache, SiteSetup setup, ILogger<ThesaurusRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await setup.Completion.WaitAsync(stoppingToken);
        }
        catch (Exception)
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await cache.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database may be busy; the searches use the thesaurus they have and the next tick retries.
                logger.LogWarning(e, "Search thesaurus could not be refreshed; retrying");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
