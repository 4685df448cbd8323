using Microsoft.EntityFrameworkCore;
using Pelhrimov.Search.Domain;

namespace Pelhrimov.Search.Services;

/// <summary>What the tables of <see cref="DailySearchCount"/> rows (searches without results, the search log) share.</summary>
public static class DailySearchCounts
{
    /// <summary>The query as it is stored: cleaned, lower-cased and folded, cut to <paramref name="maxLength"/> characters; empty when nothing is left.</summary>
    public static string Normalize(string query, int maxLength)
    {
        var normalized = CzechSearchAnalyzer.Fold(SearchQueryText.Clean(query));
        return normalized[..Math.Min(normalized.Length, maxLength)].TrimEnd();
    }

    /// <summary>The most counted queries since <paramref name="sinceDay"/>, with their counts summed over the days.</summary>
    public static async Task<IReadOnlyList<(string Query, int Count)>> TopAsync<T>(IQueryable<T> rows, DateOnly sinceDay, int take, CancellationToken cancellationToken)
        where T : DailySearchCount
    {
        var top = await rows.AsNoTracking().Where(s => s.Day >= sinceDay)
            .GroupBy(s => s.Query).Select(g => new { Query = g.Key, Count = g.Sum(s => s.Count) })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Query).Take(take).ToListAsync(cancellationToken);
        return top.Select(r => (r.Query, r.Count)).ToList();
    }

    /// <summary>Deletes the rows of days before <paramref name="oldestKept"/> and says how many went.</summary>
    public static Task<int> PruneAsync<T>(IQueryable<T> rows, DateOnly oldestKept, CancellationToken cancellationToken)
        where T : DailySearchCount =>
        rows.Where(s => s.Day < oldestKept).ExecuteDeleteAsync(cancellationToken);
}
