using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Charts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Statistics;

/// <summary>How many filings are in one status.</summary>
public sealed record FilingStatusCount(FilingStatus Status, int Count);

/// <summary>How many open filings were submitted within an age bucket (<see cref="MinDays"/> inclusive, <see cref="MaxDays"/> exclusive).</summary>
public sealed record FilingAgeBucket(string Label, int MinDays, int? MaxDays, int Count);

/// <summary>
/// The filings module's figures for the admin dashboard: all filings by status, and open ones (not resolved, not
/// rejected) by how long ago they were submitted. Counted by the database; nothing personal leaves it.
/// </summary>
public sealed class FilingStatistics(FilingsDbContext db, TimeProvider clock)
{
    /// <summary>The lower bounds of the age buckets in days; the last bucket has no upper bound.</summary>
    public static readonly IReadOnlyList<int> AgeBounds = [0, 7, 30, 60];

    public DateOnly Today => CzechFormat.Today(clock);

    /// <summary>Every status, in the usual course of a filing, with zero where there is none.</summary>
    public async Task<IReadOnlyList<FilingStatusCount>> ByStatusAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Filings.AsNoTracking().GroupBy(f => f.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. Enum.GetValues<FilingStatus>().Select(s => new FilingStatusCount(s, counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0))];
    }

    /// <summary>Open filings by age: under 7 days, 7 to 29, 30 to 59, and 60 days or more since submission.</summary>
    public async Task<IReadOnlyList<FilingAgeBucket>> OpenByAgeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = db.Filings.AsNoTracking()
            .Where(f => f.Status != FilingStatus.Resolved && f.Status != FilingStatus.Rejected);
        var buckets = new List<FilingAgeBucket>(AgeBounds.Count);
        for (var i = 0; i < AgeBounds.Count; i++)
        {
            var min = AgeBounds[i];
            int? max = i + 1 < AgeBounds.Count ? AgeBounds[i + 1] : null;
            var query = open;
            if (i > 0)
            {
                // The first bucket has no lower bound, so it also takes a filing dated a moment ahead by another system's clock.
                var submittedBefore = now.AddDays(-min);
                query = query.Where(f => f.SubmittedUtc <= submittedBefore);
            }
            if (max is { } upper)
            {
                var submittedAfter = now.AddDays(-upper);
                query = query.Where(f => f.SubmittedUtc > submittedAfter);
            }
            buckets.Add(new FilingAgeBucket(AgeLabel(min, max), min, max, await query.CountAsync(cancellationToken)));
        }
        return buckets;
    }

    public static string AgeLabel(int min, int? max) => (min, max) switch
    {
        (0, { } upper) => $"méně než {upper} dní",
        (_, { } upper) => $"{min}–{upper - 1} dní",
        _ => $"{min} a více dní",
    };

    public static string StatusChart(IReadOnlyList<FilingStatusCount> statuses)
    {
        var summary = $"Celkem {CzechFormat.Number(statuses.Sum(s => s.Count))} podání: "
            + string.Join(", ", statuses.Select(s => $"{s.Status.Name()} {CzechFormat.Number(s.Count)}"))
            + ". Stejná čísla jsou v tabulce pod grafem.";
        return SvgChart.HorizontalBars(
            new ChartText("graf-podani-podle-stavu", "Podání podle stavu", summary, "Počet podání", "Stav"),
            [.. statuses.Select(s => s.Status.Name())], [.. statuses.Select(s => (double)s.Count)], ChartColors.Blue);
    }

    public static string AgeChart(IReadOnlyList<FilingAgeBucket> buckets)
    {
        var summary = $"Otevřených podání (přijatých, v řešení a čekajících na doplnění) je {CzechFormat.Number(buckets.Sum(b => b.Count))}: "
            + string.Join(", ", buckets.Select(b => $"{b.Label} od podání {CzechFormat.Number(b.Count)}"))
            + ". Stejná čísla jsou v tabulce pod grafem.";
        return SvgChart.HorizontalBars(
            new ChartText("graf-otevrena-podani-podle-stari", "Otevřená podání podle stáří", summary, "Počet podání", "Doba od podání"),
            [.. buckets.Select(b => b.Label)], [.. buckets.Select(b => (double)b.Count)], ChartColors.Blue);
    }
}
