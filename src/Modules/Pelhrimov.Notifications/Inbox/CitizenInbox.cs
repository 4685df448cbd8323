using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;

namespace Pelhrimov.Notifications.Inbox;

/// <summary>A page of a citizen's inbox.</summary>
public sealed record InboxPage(IReadOnlyList<NotificationMessage> Messages, bool Archived, int Page, int Pages, int Total, int Unread);

/// <summary>
/// A citizen's portal inbox. Every query filters by the account id first, so another citizen's message is simply not
/// found (the pages answer 404, as for one that does not exist).
/// </summary>
public sealed class CitizenInbox(NotificationsDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<InboxPage> PageAsync(Guid accountId, bool archived, int page, CancellationToken cancellationToken)
    {
        var query = Own(accountId).Where(m => archived ? m.ArchivedUtc != null : m.ArchivedUtc == null);
        var total = await query.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, PageSize);
        var messages = await query.OrderByDescending(m => m.CreatedUtc).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new InboxPage(messages, archived, page, Paging.PageCount(total, PageSize), total, await UnreadCountAsync(accountId, cancellationToken));
    }

    /// <summary>The message, marked read at the first opening; null when it is not this citizen's.</summary>
    public async Task<NotificationMessage?> OpenAsync(Guid accountId, Guid id, CancellationToken cancellationToken)
    {
        var message = await Own(accountId).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is { ReadUtc: null })
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await Own(accountId).Where(m => m.Id == id && m.ReadUtc == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadUtc, now), cancellationToken);
            message.ReadUtc = now;
        }
        return message;
    }

    /// <summary>Archives (or, with <paramref name="archive"/> false, restores) the citizen's message; false when it is not theirs.</summary>
    public async Task<bool> ArchiveAsync(Guid accountId, Guid id, bool archive, CancellationToken cancellationToken)
    {
        DateTime? when = archive ? clock.GetUtcNow().UtcDateTime : null;
        return await Own(accountId).Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ArchivedUtc, when).SetProperty(m => m.ReadUtc, m => m.ReadUtc ?? when), cancellationToken) > 0;
    }

    /// <summary>One indexed count: unread, not archived inbox messages of the account.</summary>
    public Task<int> UnreadCountAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Messages.CountAsync(m => m.AccountId == accountId && m.Channel == NotificationChannel.Inbox && m.ReadUtc == null && m.ArchivedUtc == null, cancellationToken);

    /// <summary>The account's latest e-mail and SMS messages with their delivery state, newest first.</summary>
    public Task<List<NotificationMessage>> DeliveriesAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Messages.AsNoTracking().Where(m => m.AccountId == accountId && m.Channel != NotificationChannel.Inbox)
            .OrderByDescending(m => m.CreatedUtc).Take(DeliveriesShown).ToListAsync(cancellationToken);

    public const int DeliveriesShown = 50;

    private IQueryable<NotificationMessage> Own(Guid accountId) =>
        db.Messages.Where(m => m.AccountId == accountId && m.Channel == NotificationChannel.Inbox);
}
