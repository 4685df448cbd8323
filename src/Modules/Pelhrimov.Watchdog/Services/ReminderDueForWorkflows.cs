using System.Globalization;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Workflows;

namespace Pelhrimov.Watchdog.Services;

/// <summary><c>watchdog.reminder-due</c> for workflows: the citizen's title and date, the citizen, the reminder's values.</summary>
public sealed class ReminderDueForWorkflows(IWatchdogReminders reminders, SiteAddress site) : IWorkflowEventSource<WatchdogReminderDue>
{
    public static WorkflowTriggerInfo Info { get; } = new("Hlídací pes: nastal den připomínky",
        [new("title", "Název události"), new("date", "Datum události (rrrr-mm-dd)"), new("daysBefore", "Kolik dní předem (číslo)")],
        new(new Dictionary<string, string?> { ["title"] = "Platnost řidičského průkazu", ["date"] = "2027-01-15", ["daysBefore"] = "14" }, [Guid.Empty],
            new("watchdog.reminder", new Dictionary<string, object?>
            {
                ["Title"] = "Platnost řidičského průkazu", ["Date"] = "15. 1. 2027", ["DaysLeft"] = 14, ["Url"] = "https://www.pelhrimov.cz/muj-portal/hlidaci-pes",
            })), "watchdog.reminder");

    public async Task<WorkflowEventData?> DescribeAsync(WatchdogReminderDue e, CancellationToken cancellationToken)
    {
        if (await reminders.FindAsync(e.ReminderId, cancellationToken) is not { } text)
        {
            return null;
        }
        return new WorkflowEventData(new Dictionary<string, string?>
        {
            ["title"] = text.Title, ["date"] = text.OccurrenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["daysBefore"] = text.DaysBefore.ToString(CultureInfo.InvariantCulture),
        }, [text.AccountId], new("watchdog.reminder", new Dictionary<string, object?>
        {
            ["Title"] = text.Title, ["Date"] = CzechFormat.Date(text.OccurrenceDate), ["DaysLeft"] = text.DaysBefore,
            ["Url"] = new Uri(site.Root, text.Url.TrimStart('/')).ToString(),
        }));
    }
}
