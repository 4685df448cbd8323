using Microsoft.EntityFrameworkCore;
using Pelhrimov.Analytics.Data;

namespace Pelhrimov.Analytics.Services;

/// <summary>Adds counted batches to the daily tables.</summary>
/// <remarks><c>INSERT … ON CONFLICT … DO UPDATE SET views = views + excluded.views</c> is one atomic statement on
/// both SQLite (3.24+) and PostgreSQL, so two nodes (or two flushes) adding to the same day never lose a count.</remarks>
public sealed class AnalyticsStore(AnalyticsDbContext db)
{
    public async Task AddAsync(IReadOnlyList<DayBatch> batches, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var batch in batches)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO analytics_daily (date, views, visits) VALUES ({batch.Date}, {batch.Views}, {batch.Visits})
                ON CONFLICT (date) DO UPDATE SET views = analytics_daily.views + excluded.views,
                                                 visits = analytics_daily.visits + excluded.visits
                """, cancellationToken);
            foreach (var (path, views) in batch.Pages)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO analytics_page_daily (date, path, views) VALUES ({batch.Date}, {path}, {views})
                    ON CONFLICT (date, path) DO UPDATE SET views = analytics_page_daily.views + excluded.views
                    """, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
