using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Watchdog.Data;

namespace Pelhrimov.Watchdog.Services;

/// <summary>A deleted citizen account loses its events, their reminders' records and its calendar feed (whose address stops working).</summary>
public sealed class DeleteWatchdogOnAccountDeleted(WatchdogDbContext db, CoreDbContext core) : IEventHandler<CitizenAccountDeleted>
{
    public Task HandleAsync(CitizenAccountDeleted e, EventContext context, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            await db.Reminders.Where(r => r.AccountId == e.AccountId).ExecuteDeleteAsync(cancellationToken);
            await db.Events.Where(x => x.AccountId == e.AccountId).ExecuteDeleteAsync(cancellationToken);
            await db.Feeds.Where(f => f.AccountId == e.AccountId).ExecuteDeleteAsync(cancellationToken);
            await context.CompleteAsync(cancellationToken);
        }, cancellationToken);
}

/// <summary>The text of a reminder for the message that delivers it (<see cref="IWatchdogReminders"/>).</summary>
public sealed class WatchdogReminderTexts(WatchdogDbContext db) : IWatchdogReminders
{
    public async Task<WatchdogReminderText?> FindAsync(Guid reminderId, CancellationToken cancellationToken) =>
        await (from r in db.Reminders.AsNoTracking()
               join e in db.Events.AsNoTracking() on r.EventId equals e.Id
               where r.Id == reminderId
               select new WatchdogReminderText(e.AccountId, e.Title, r.OccurrenceDate, e.DaysBefore, WatchdogPaths.List))
            .FirstOrDefaultAsync(cancellationToken);
}
