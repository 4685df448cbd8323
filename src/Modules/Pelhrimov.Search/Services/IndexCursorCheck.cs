using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Search.Services;

/// <summary>
/// Whether the index's cursor is a position in this database's indexing log. It is not when the database was
/// restored from an older backup (the cursor is ahead of the log) or replaced (the log started again: the entry at the
/// cursor is another one); the index then holds documents the site does not have, and must be rebuilt.
/// </summary>
public static class IndexCursorCheck
{
    public static async Task<bool> MatchesLogAsync(CoreDbContext db, (long Cursor, DateTime? LoggedUtc) committed, ILogger logger, CancellationToken cancellationToken)
    {
        if (committed.Cursor == 0)
        {
            return true;
        }
        var entry = await db.IndexingTasks.AsNoTracking().Where(t => t.Id == committed.Cursor)
            .Select(t => new { t.CreatedUtc }).FirstOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            logger.LogWarning("The search index is ahead of the indexing log (cursor {Cursor} is not in the log); it will be rebuilt", committed.Cursor);
            return false;
        }
        if (committed.LoggedUtc is { } logged && logged != entry.CreatedUtc)
        {
            logger.LogWarning("The indexing log was started again (entry {Cursor} is not the one the index was built to); the search index will be rebuilt", committed.Cursor);
            return false;
        }
        return true;
    }

    /// <summary>The newest entry of the log and when it was logged; (0, null) when the log is empty.</summary>
    public static async Task<(long Id, DateTime? LoggedUtc)> HeadAsync(CoreDbContext db, CancellationToken cancellationToken)
    {
        var head = await db.IndexingTasks.AsNoTracking().OrderByDescending(t => t.Id)
            .Select(t => new { t.Id, t.CreatedUtc }).FirstOrDefaultAsync(cancellationToken);
        return head is null ? (0, null) : (head.Id, head.CreatedUtc);
    }
}
