using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Search.Data;
using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Services;

/// <summary>Bounds of the query log (section <c>Search:Queries</c>).</summary>
public sealed class SearchQueryLogOptions
{
    /// <summary>Most distinct queries kept per day; later new ones that day are not recorded (known ones still count).</summary>
    public int MaxQueriesPerDay { get; set; } = 2000;

    /// <summary>Days a row is kept; older rows are deleted by <see cref="SearchQueryLog.PruneAsync"/>.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Characters of a query that are stored; longer ones are cut.</summary>
    public int MaxQueryLength { get; set; } = 100;

    /// <summary>How often a node writes the searches it counted in memory.</summary>
    public TimeSpan WriteInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// What people search for on the search page: one row per normalized query (lower case, no diacritics) per Prague day with
/// a count, whatever the search found, so that an editor sees which searches a thesaurus entry changes
/// (<see cref="ThesaurusImpact"/>). A search is counted in this node's memory and written by <see cref="SearchQueryLogWriter"/>
/// every <see cref="SearchQueryLogOptions.WriteInterval"/> and when the node stops: a search page never waits for a
/// write. A node killed outright loses the counts of its last interval; these are statistics, not records.
/// </summary>
public sealed class SearchQueryLog(IServiceScopeFactory scopes, IOptions<SearchQueryLogOptions> options, TimeProvider clock)
{
    /// <summary>The period an entry's page looks at: today and the days before it.</summary>
    public const int RecentDays = 30;

    private readonly Lock _lock = new();
    private Dictionary<(DateOnly Day, string Query), int> _pending = [];

    public DateOnly Today => CzechFormat.Today(clock);

    /// <summary>Counts one search of <paramref name="query"/> (as typed; it is normalized here).</summary>
    public void Record(string query)
    {
        var limits = options.Value;
        var normalized = DailySearchCounts.Normalize(query, limits.MaxQueryLength);
        if (normalized.Length == 0)
        {
            return;
        }
        var key = (Today, normalized);
        lock (_lock)
        {
            if (_pending.TryGetValue(key, out var count))
            {
                _pending[key] = count + 1;
            }
            else if (_pending.Count < limits.MaxQueriesPerDay)
            {
                _pending[key] = 1;
            }
        }
    }

    /// <summary>
    /// Writes the counts gathered since the last write and says how many queries it wrote. Counts that could not be written
    /// (the database away) are kept for the next write.
    /// </summary>
    public async Task<int> WriteAsync(CancellationToken cancellationToken = default)
    {
        Dictionary<(DateOnly Day, string Query), int> batch;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return 0;
            }
            (batch, _pending) = (_pending, []);
        }
        try
        {
            foreach (var day in batch.GroupBy(p => p.Key.Day))
            {
                await WriteDayAsync(day.Key, day.ToDictionary(p => p.Key.Query, p => p.Value, StringComparer.Ordinal), cancellationToken);
            }
            return batch.Count;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            lock (_lock)
            {
                foreach (var (key, count) in batch)
                {
                    _pending[key] = _pending.GetValueOrDefault(key) + count;
                }
            }
            throw;
        }
    }

    private async Task WriteDayAsync(DateOnly day, Dictionary<string, int> counts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
            var queries = counts.Keys.ToList();
            var rows = await db.LoggedSearches.Where(s => s.Day == day && queries.Contains(s.Query)).ToDictionaryAsync(s => s.Query, StringComparer.Ordinal, cancellationToken);
            // Counting the day's rows reads the (day, query) index only; the cap keeps a flood of random queries small.
            var room = options.Value.MaxQueriesPerDay - await db.LoggedSearches.CountAsync(s => s.Day == day, cancellationToken);
            foreach (var (query, count) in counts.OrderByDescending(c => c.Value))
            {
                if (rows.TryGetValue(query, out var row))
                {
                    row.Count += count;
                }
                else if (room-- > 0)
                {
                    db.LoggedSearches.Add(new LoggedSearch { Day = day, Query = query, Count = count });
                }
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another node added one of these queries for the day at the same moment: read again and add to its row.
            }
        }
    }

    /// <summary>The most searched queries since <paramref name="sinceDay"/>, with how many times.</summary>
    public async Task<IReadOnlyList<(string Query, int Count)>> TopAsync(DateOnly sinceDay, int take, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await DailySearchCounts.TopAsync(scope.ServiceProvider.GetRequiredService<SearchDbContext>().LoggedSearches, sinceDay, take, cancellationToken);
    }

    /// <summary>Deletes the rows older than the retention period and says how many went (any node, any time).</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var oldestKept = Today.AddDays(-(options.Value.RetentionDays - 1));
        await using var scope = scopes.CreateAsyncScope();
        return await DailySearchCounts.PruneAsync(scope.ServiceProvider.GetRequiredService<SearchDbContext>().LoggedSearches, oldestKept, cancellationToken);
    }
}

/// <summary>Writes this node's counted searches (<see cref="SearchQueryLog"/>) every interval and once more when the node stops.</summary>
public sealed class SearchQueryLogWriter(SearchQueryLog log, IOptions<SearchQueryLogOptions> options, TimeProvider clock, ILogger<SearchQueryLogWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.WriteInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(cancellationToken);
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await log.WriteAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The search log could not be written; its counts are kept for the next attempt");
        }
        catch (OperationCanceledException)
        {
        }
    }
}
