using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Indexing;

public static class IndexingLogHead
{
    /// <summary>The id of the newest indexing-log entry, 0 when the log is empty; an index rebuilt now continues after it.</summary>
    public static async Task<long> IndexingLogHeadAsync(this CoreDbContext db, CancellationToken cancellationToken = default) =>
        await db.IndexingTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
}
