using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;

namespace Pelhrimov.Core.Mail;

/// <summary>What the outbox remembers about sent mail, for modules that must not send the same kind of message too often.</summary>
public sealed class MailHistory(CoreDbContext db)
{
    /// <summary>Whether a message of <paramref name="category"/> was queued for <paramref name="to"/> since <paramref name="sinceUtc"/>.</summary>
    public Task<bool> WasQueuedSinceAsync(string to, string category, DateTime sinceUtc, CancellationToken cancellationToken = default)
    {
        var address = to.Trim();
        return db.OutgoingMail.AnyAsync(m => m.To == address && m.Category == category && m.CreatedUtc >= sinceUtc, cancellationToken);
    }

    /// <summary>Messages queued since <paramref name="sinceUtc"/>, counted by category and status.</summary>
    public async Task<IReadOnlyList<MailCount>> CountsSinceAsync(DateTime sinceUtc, CancellationToken cancellationToken = default) =>
        await db.OutgoingMail.AsNoTracking().Where(m => m.CreatedUtc >= sinceUtc)
            .GroupBy(m => new { m.Category, m.Status })
            .Select(g => new MailCount(g.Key.Category, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
}

public sealed record MailCount(string Category, MailStatus Status, int Count);
