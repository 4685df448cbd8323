using Microsoft.EntityFrameworkCore;
using Pelhrimov.Analytics.Data;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Analytics.Services;

public sealed record TrafficDay(DateOnly Date, long Views, long Visits);

public sealed record PageViews(string Path, long Views);

public sealed record SignInDay(DateOnly Date, int SignIns, int Failures);

/// <summary>What the statistics sections show: per-day series (every day present, zeros included) and the top pages.</summary>
public sealed class StatisticsQueries(AnalyticsDbContext db, CoreDbContext core, TimeProvider time)
{
    /// <summary>Audit actions written by the Identity module on staff sign-in; read here by name, not by reference.</summary>
    public const string SignInAction = "staff.signin";

    public const string SignInFailedAction = "staff.signin-failed";

    public DateOnly Today => CzechFormat.Today(time);

    public async Task<IReadOnlyList<TrafficDay>> TrafficAsync(int days, CancellationToken cancellationToken = default)
    {
        var (from, to) = Range(days);
        var stored = await db.Daily.AsNoTracking().Where(d => d.Date >= from && d.Date <= to)
            .ToDictionaryAsync(d => d.Date, cancellationToken);
        return Dates(from, to).Select(date => stored.TryGetValue(date, out var d)
            ? new TrafficDay(date, d.Views, d.Visits)
            : new TrafficDay(date, 0, 0)).ToList();
    }

    public async Task<IReadOnlyList<PageViews>> TopPagesAsync(int days, int take, CancellationToken cancellationToken = default)
    {
        var (from, to) = Range(days);
        var pages = await db.PageDaily.AsNoTracking().Where(p => p.Date >= from && p.Date <= to)
            .GroupBy(p => p.Path)
            .Select(g => new { Path = g.Key, Views = g.Sum(p => p.Views) })
            .OrderByDescending(p => p.Views).ThenBy(p => p.Path).Take(take)
            .ToListAsync(cancellationToken);
        return pages.Select(p => new PageViews(p.Path, p.Views)).ToList();
    }

    public async Task<IReadOnlyList<SignInDay>> StaffSignInsAsync(int days, CancellationToken cancellationToken = default)
    {
        var (from, to) = Range(days);
        var since = CzechFormat.ToUtc(from.ToDateTime(TimeOnly.MinValue));
        var events = await core.AuditEntries.AsNoTracking()
            .Where(a => a.OccurredUtc >= since && (a.Action == SignInAction || a.Action == SignInFailedAction))
            .Select(a => new { a.OccurredUtc, a.Action })
            .ToListAsync(cancellationToken);
        var byDay = events.ToLookup(e => DateOnly.FromDateTime(CzechFormat.ToLocal(e.OccurredUtc)));
        return Dates(from, to).Select(date => new SignInDay(date,
            byDay[date].Count(e => e.Action == SignInAction),
            byDay[date].Count(e => e.Action == SignInFailedAction))).ToList();
    }

    private (DateOnly From, DateOnly To) Range(int days) => (Today.AddDays(1 - days), Today);

    private static IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            yield return date;
        }
    }
}
