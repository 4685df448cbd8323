using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Watchdog.Data;
using Pelhrimov.Watchdog.Domain;

namespace Pelhrimov.Watchdog.Services;

/// <summary>
/// Publishes <see cref="WatchdogReminderDue"/> for every own event whose reminder day has come (<see cref="Occurrences"/>):
/// the reminder's record, the event and the move to the next occurrence are stored in one transaction, and the record's
/// unique key (event, occurrence) keeps a second run from sending it again. A clustered scheduled job (ADR 0022): once per
/// fire time across the nodes, once more after downtime.
/// </summary>
public sealed class ReminderJob(WatchdogDbContext db, CoreDbContext core, IDomainEvents events, TimeProvider clock, ILogger<ReminderJob> logger) : IScheduledJob
{
    public const string Name = "watchdog.reminders";

    public const string Title = "Hlídací pes: připomínky termínů";

    public static readonly JobSchedule Schedule = JobSchedule.CronExpression("0 5 * * * ?", "každou hodinu");

    /// <summary>Events handled per transaction.</summary>
    private const int Batch = 200;

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var sent = await RemindAsync(CzechFormat.Today(clock), cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Watchdog: {Count} reminders due", sent);
        }
    }

    /// <summary>Sends what is due on <paramref name="today"/> (Prague date); returns how many reminders were published.</summary>
    public async Task<int> RemindAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (handled, sent) = await SharedTransaction.RunAsync(db, [core], async () =>
            {
                var due = await db.Events.Where(e => e.RemindOn != null && e.RemindOn <= today)
                    .OrderBy(e => e.RemindOn).ThenBy(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
                var published = 0;
                foreach (var e in due)
                {
                    published += await HandleAsync(e, today, cancellationToken) ? 1 : 0;
                }
                await db.SaveChangesAsync(cancellationToken);
                await core.SaveChangesAsync(cancellationToken);
                return (due.Count, published);
            }, cancellationToken);
            db.ChangeTracker.Clear();
            total += sent;
            if (handled < Batch)
            {
                break;
            }
        }
        return total;
    }

    private async Task<bool> HandleAsync(WatchdogEvent e, DateOnly today, CancellationToken cancellationToken)
    {
        if (e.NextOccurrence < today)
        {
            // Its date passed while nobody ran the job: no reminder for it; a yearly event moves on to its next date,
            // whose reminder may be due already.
            Occurrences.Schedule(e, today);
            if (e.RemindOn is null || e.RemindOn > today)
            {
                return false;
            }
        }
        var occurrence = e.NextOccurrence!.Value;
        var alreadySent = await db.Reminders.AnyAsync(r => r.EventId == e.Id && r.OccurrenceDate == occurrence, cancellationToken);
        if (!alreadySent)
        {
            var reminder = new SentReminder
            {
                Id = Guid.NewGuid(), EventId = e.Id, AccountId = e.AccountId, OccurrenceDate = occurrence, SentUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Reminders.Add(reminder);
            events.Publish(new WatchdogReminderDue(reminder.Id, e.AccountId, e.Id, occurrence, e.DaysBefore));
        }
        Occurrences.Advance(e, occurrence);
        return !alreadySent;
    }
}
