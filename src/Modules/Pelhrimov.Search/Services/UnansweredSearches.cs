using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Search.Data;
using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Services;

/// <summary>Counts searches that found nothing, per normalized query per day, so editors learn what people miss.</summary>
public sealed class UnansweredSearches(SearchDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(string query, CancellationToken cancellationToken = default)
    {
        var normalized = CzechSearchAnalyzer.Fold(SearchQueryText.Clean(query));
        if (normalized.Length == 0)
        {
            return;
        }
        var day = Today;
        var row = await db.UnansweredSearches.FirstOrDefaultAsync(s => s.Day == day && s.Query == normalized, cancellationToken);
        if (row is null)
        {
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

    /// <summary>The period the dashboard and its CSV show: today and the days before it.</summary>
    public const int RecentDays = 30;

    public DateOnly Today => CzechFormat.Today(clock);

    /// <summary>The queries that most often found nothing in the last <see cref="RecentDays"/> days.</summary>
    public Task<IReadOnlyList<(string Query, int Count)>> RecentAsync(int take, CancellationToken cancellationToken = default) =>
        TopAsync(Today.AddDays(-(RecentDays - 1)), take, cancellationToken);

    /// <summary>The queries that most often found nothing since <paramref name="sinceDay"/>.</summary>
    public async Task<IReadOnlyList<(string Query, int Count)>> TopAsync(DateOnly sinceDay, int take, CancellationToken cancellationToken = default)
    {
        var rows = await db.UnansweredSearches.AsNoTracking().Where(s => s.Day >= sinceDay)
            .GroupBy(s => s.Query).Select(g => new { Query = g.Key, Count = g.Sum(s => s.Count) })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Query).Take(take).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Query, r.Count)).ToList();
    }
}
