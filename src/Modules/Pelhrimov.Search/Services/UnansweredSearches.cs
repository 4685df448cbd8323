using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Search.Data;
using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Services;

/// <summary>
/// Counts searches that found nothing, one row per normalized query per day with a count, so editors learn what
/// people miss. The table is bounded (<see cref="UnansweredSearchOptions"/>): rows per day, query length, retention.
/// </summary>
public sealed class UnansweredSearches(SearchDbContext db, IOptions<UnansweredSearchOptions> options, TimeProvider clock)
{
    public async Task RecordAsync(string query, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        var normalized = DailySearchCounts.Normalize(query, limits.MaxQueryLength);
        if (normalized.Length == 0)
        {
            return;
        }
        var day = Today;
        var row = await db.UnansweredSearches.FirstOrDefaultAsync(s => s.Day == day && s.Query == normalized, cancellationToken);
        if (row is null)
        {
            // Counting the day's rows reads the (day, query) index only; the cap keeps a flood of random queries small.
            if (await db.UnansweredSearches.CountAsync(s => s.Day == day, cancellationToken) >= limits.MaxQueriesPerDay)
            {
                return;
            }
            db.UnansweredSearches.Add(new UnansweredSearch { Day = day, Query = normalized, Count = 1 });
        }
        else
        {
            row.Count++;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two visitors recorded the same new query at once; losing one count is fine, failing the page is not.
        }
    }

    /// <summary>
    /// Deletes the rows older than the retention period and says how many went. Entry point of the periodic
    /// clean-up (<see cref="PruneUnansweredSearchesJob"/>), safe to call at any time and from any node.
    /// </summary>
    public Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var oldestKept = Today.AddDays(-(options.Value.RetentionDays - 1));
        return DailySearchCounts.PruneAsync(db.UnansweredSearches, oldestKept, cancellationToken);
    }

    /// <summary>The period the dashboard and its CSV show: today and the days before it.</summary>
    public const int RecentDays = 30;

    public DateOnly Today => CzechFormat.Today(clock);

    /// <summary>The queries that most often found nothing in the last <see cref="RecentDays"/> days.</summary>
    public Task<IReadOnlyList<(string Query, int Count)>> RecentAsync(int take, CancellationToken cancellationToken = default) =>
        TopAsync(Today.AddDays(-(RecentDays - 1)), take, cancellationToken);

    /// <summary>The queries that most often found nothing since <paramref name="sinceDay"/>.</summary>
    public Task<IReadOnlyList<(string Query, int Count)>> TopAsync(DateOnly sinceDay, int take, CancellationToken cancellationToken = default) =>
        DailySearchCounts.TopAsync(db.UnansweredSearches, sinceDay, take, cancellationToken);
}
