using Microsoft.AspNetCore.Http;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Audit;

/// <summary>Records who changed what. Entries are added to the current unit of work of <see cref="CoreDbContext"/>.</summary>
public interface IAuditLog
{
    /// <summary>Adds an entry; it is stored by the next <c>SaveChanges</c> of the core context (see <see cref="RecordAsync"/>).</summary>
    void Add(string action, string? entityType, string? entityId, string? summary, string? actor = null);

    /// <summary>Adds an entry and stores it at once.</summary>
    Task RecordAsync(string action, string? entityType, string? entityId, string? summary, string? actor = null, CancellationToken cancellationToken = default);
}

public sealed class AuditLog(CoreDbContext db, IHttpContextAccessor httpContext, TimeProvider clock) : IAuditLog
{
    public void Add(string action, string? entityType, string? entityId, string? summary, string? actor = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Actor = actor ?? httpContext.HttpContext?.User.Identity?.Name ?? "system",
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary,
        });

    public async Task RecordAsync(string action, string? entityType, string? entityId, string? summary, string? actor = null, CancellationToken cancellationToken = default)
    {
        Add(action, entityType, entityId, summary, actor);
        await db.SaveChangesAsync(cancellationToken);
    }
}
