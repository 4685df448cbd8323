namespace Pelhrimov.Core.Events.Contracts;

/// <summary>
/// The reminder day of an occurrence of a citizen's own watchdog event has come (docs/watchdog.md). Published once per
/// event and occurrence, with the reminder's record in the same transaction. It carries ids and dates, not the title
/// the citizen wrote (events outlive accounts): a handler reads the title with <see cref="IWatchdogReminders"/>, which
/// answers null once the citizen has deleted the event or the account.
/// </summary>
/// <param name="ReminderId">The reminder's record (one per event and occurrence).</param>
/// <param name="OccurrenceDate">The date the reminder is about (for a yearly event: this year's date).</param>
/// <param name="DaysBefore">How many days before the date the citizen asked to be reminded (0: on the day).</param>
[DomainEvent("watchdog.reminder-due", 1, "Watchdog")]
public sealed record WatchdogReminderDue(Guid ReminderId, Guid AccountId, Guid EventId, DateOnly OccurrenceDate, int DaysBefore) : IDomainEvent;

/// <summary>What a reminder is about, for the message that delivers it.</summary>
/// <param name="Url">The watchdog page (a local path).</param>
public sealed record WatchdogReminderText(Guid AccountId, string Title, DateOnly OccurrenceDate, int DaysBefore, string Url);

/// <summary>Reads a reminder's text by its id (Watchdog module); null when the event or the account is gone.</summary>
public interface IWatchdogReminders
{
    Task<WatchdogReminderText?> FindAsync(Guid reminderId, CancellationToken cancellationToken);
}
