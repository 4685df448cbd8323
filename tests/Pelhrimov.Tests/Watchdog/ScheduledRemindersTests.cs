using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Watchdog.Data;
using Pelhrimov.Watchdog.Domain;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Tests.Watchdog;

/// <summary>The reminder job is registered with the clustered scheduler and publishes by itself (every second here).</summary>
public sealed class ScheduledRemindersTests
{
    [Fact]
    public async Task The_scheduler_runs_the_reminder_job_which_publishes_the_due_reminder()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { [$"Scheduler:Jobs:{ReminderJob.Name}:Interval"] = "00:00:01", ["Scheduler:IdleWaitTime"] = "00:00:01" },
        });
        var account = Guid.NewGuid();
        var today = CzechFormat.Today(TimeProvider.System);
        await app.InScopeAsync(async s =>
        {
            var e = new WatchdogEvent { Id = Guid.NewGuid(), AccountId = account, Title = "STK", Date = today.AddDays(5), DaysBefore = 7 };
            Occurrences.Schedule(e, today);
            s.GetRequiredService<WatchdogDbContext>().Events.Add(e);
            return await s.GetRequiredService<WatchdogDbContext>().SaveChangesAsync();
        });

        // A monotonic clock: this machine's wall clock can step (it ended this wait after 8 s once).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await app.InScopeAsync(s => s.GetRequiredService<WatchdogDbContext>().Reminders.AnyAsync(r => r.AccountId == account)))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "The scheduler did not run the reminder job within 30 s.");
            await Task.Delay(50);
        }
        var events = await app.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
            .Where(e => e.Type == "watchdog.reminder-due").Select(e => e.Payload).ToListAsync());
        Assert.Single(events, p => p.Contains(account.ToString(), StringComparison.Ordinal));
    }
}
