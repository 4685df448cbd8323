using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Indexing;

/// <summary>Appends to and reads the indexing log.</summary>
public sealed class IndexingLog(CoreDbContext db, TimeProvider clock)
{
    /// <summary>Adds an entry to the core context's unit of work.</summary>
    public void Append(string itemType, string itemId, IndexingTaskKind kind) =>
        db.IndexingTasks.Add(new IndexingTask
        {
            ItemType = itemType,
            ItemId = itemId,
            Kind = kind,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });

    /// <summary>Entries after <paramref name="cursor"/>, oldest first.</summary>
    public Task<List<IndexingTask>> ReadAfterAsync(long cursor, int take, CancellationToken cancellationToken = default) =>
        db.IndexingTasks.AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id).Take(take).ToListAsync(cancellationToken);
}
