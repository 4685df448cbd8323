using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Watchdog.Data;
using Pelhrimov.Watchdog.Domain;

namespace Pelhrimov.Watchdog.Services;

/// <summary>A citizen's own events. Every method takes the account: an event of another account is as good as missing.</summary>
public sealed class OwnEvents(WatchdogDbContext db, TimeProvider clock)
{
    public DateOnly Today => CzechFormat.Today(clock);

    public async Task<IReadOnlyList<WatchdogEvent>> ListAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().Where(e => e.AccountId == accountId).ToListAsync(cancellationToken);

    public Task<WatchdogEvent?> FindAsync(Guid accountId, Guid id, CancellationToken cancellationToken) =>
        db.Events.FirstOrDefaultAsync(e => e.Id == id && e.AccountId == accountId, cancellationToken);

    public async Task<WatchdogEvent> AddAsync(Guid accountId, WatchdogEventValues values, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var e = new WatchdogEvent { Id = Guid.NewGuid(), AccountId = accountId, Title = values.Title, CreatedUtc = now };
        Apply(e, values, now);
        db.Events.Add(e);
        await db.SaveChangesAsync(cancellationToken);
        return e;
    }

    /// <summary>Changes the event; false when this account has no such event.</summary>
    public async Task<bool> UpdateAsync(Guid accountId, Guid id, WatchdogEventValues values, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, id, cancellationToken) is not { } e)
        {
            return false;
        }
        Apply(e, values, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deletes the event and the record of its reminders; false when this account has no such event.</summary>
    public async Task<bool> DeleteAsync(Guid accountId, Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(accountId, id, cancellationToken) is not { } e)
        {
            return false;
        }
        db.Events.Remove(e);
        db.Reminders.RemoveRange(await db.Reminders.Where(r => r.EventId == id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void Apply(WatchdogEvent e, WatchdogEventValues values, DateTime now)
    {
        e.Title = values.Title;
        e.Date = values.Date;
        e.DaysBefore = values.DaysBefore;
        e.RepeatsYearly = values.RepeatsYearly;
        e.UpdatedUtc = now;
        // A reminder already sent for the (new) next occurrence is not sent again: the job finds its record.
        Occurrences.Schedule(e, Today);
    }
}

/// <summary>An event's values after validation.</summary>
public sealed record WatchdogEventValues(string Title, DateOnly Date, int DaysBefore, bool RepeatsYearly);
