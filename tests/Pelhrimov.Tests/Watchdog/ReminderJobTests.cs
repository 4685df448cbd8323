using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Watchdog.Data;
using Pelhrimov.Watchdog.Domain;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Tests.Watchdog;

/// <summary>
/// The reminder job on the real database: one <c>watchdog.reminder-due</c> per event and occurrence, yearly repeats,
/// catch-up after downtime, nothing for a date that passed. Each test uses an account of its own.
/// </summary>
[Collection(WatchdogCollection.Name)]
public sealed class ReminderJobTests(WatchdogFixture fixture)
{
    private static readonly DateOnly Day0 = new(2026, 12, 5);

    [Fact]
    public async Task A_due_reminder_is_published_once_with_its_record_and_a_second_run_publishes_nothing()
    {
        var account = Guid.NewGuid();
        var id = await AddAsync(account, "Platnost řidičského průkazu", Day0.AddDays(10), daysBefore: 14, yearly: false);

        await RemindAsync(Day0);
        await RemindAsync(Day0);
        await RemindAsync(Day0.AddDays(3));

        var reminder = Assert.Single(await RemindersAsync(account));
        Assert.Equal((id, Day0.AddDays(10)), (reminder.EventId, reminder.OccurrenceDate));
        var published = Assert.Single(await PublishedAsync(account));
        Assert.Equal((reminder.Id, id, Day0.AddDays(10), 14), (published.ReminderId, published.EventId, published.OccurrenceDate, published.DaysBefore));
        var text = await fixture.App.InScopeAsync(s => s.GetRequiredService<IWatchdogReminders>().FindAsync(reminder.Id, CancellationToken.None));
        Assert.Equal(("Platnost řidičského průkazu", account, WatchdogPaths.List), (text!.Title, text.AccountId, text.Url));
    }

    [Fact]
    public async Task A_yearly_event_is_reminded_every_year_and_after_downtime_while_its_date_has_not_passed()
    {
        var account = Guid.NewGuid();
        await AddAsync(account, "Očkování psa", new DateOnly(2020, 12, 20), daysBefore: 7, yearly: true);

        await RemindAsync(Day0);                        // 13 December is the reminder day: nothing yet
        Assert.Empty(await RemindersAsync(account));
        await RemindAsync(new DateOnly(2026, 12, 13));
        await RemindAsync(new DateOnly(2027, 12, 16));  // the site was down on 13 December 2027: three days late, still before the date
        await RemindAsync(new DateOnly(2027, 12, 17));

        Assert.Equal([new DateOnly(2026, 12, 20), new DateOnly(2027, 12, 20)], (await RemindersAsync(account)).Select(r => r.OccurrenceDate).Order());
        Assert.Equal(2, (await PublishedAsync(account)).Count);
    }

    [Fact]
    public async Task No_reminder_goes_out_for_a_date_that_passed_while_the_job_did_not_run()
    {
        var account = Guid.NewGuid();
        var single = await AddAsync(account, "STK", Day0.AddDays(2), daysBefore: 1, yearly: false);
        var yearly = await AddAsync(account, "Výročí", new DateOnly(2020, 12, 7), daysBefore: 1, yearly: true);

        await RemindAsync(new DateOnly(2026, 12, 10));
        Assert.Empty(await RemindersAsync(account));
        var events = await fixture.App.InScopeAsync(s => s.GetRequiredService<WatchdogDbContext>().Events.AsNoTracking().Where(e => e.AccountId == account).ToListAsync());
        Assert.Null(events.Single(e => e.Id == single).RemindOn);
        Assert.Equal(new DateOnly(2027, 12, 6), events.Single(e => e.Id == yearly).RemindOn);

        await RemindAsync(new DateOnly(2027, 12, 6));
        Assert.Equal([new DateOnly(2027, 12, 7)], (await RemindersAsync(account)).Select(r => r.OccurrenceDate));
    }

    [Fact]
    public async Task Deleting_an_event_leaves_no_reminder_text_behind()
    {
        var account = Guid.NewGuid();
        var id = await AddAsync(account, "Smazaná událost", Day0, daysBefore: 0, yearly: false);
        await RemindAsync(Day0);
        var reminder = Assert.Single(await RemindersAsync(account));

        Assert.True(await fixture.App.InScopeAsync(s => s.GetRequiredService<OwnEvents>().DeleteAsync(account, id, CancellationToken.None)));
        Assert.Null(await fixture.App.InScopeAsync(s => s.GetRequiredService<IWatchdogReminders>().FindAsync(reminder.Id, CancellationToken.None)));
    }

    private Task<Guid> AddAsync(Guid account, string title, DateOnly date, int daysBefore, bool yearly) =>
        fixture.App.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<WatchdogDbContext>();
            var e = new WatchdogEvent
            {
                Id = Guid.NewGuid(), AccountId = account, Title = title, Date = date, DaysBefore = daysBefore, RepeatsYearly = yearly,
                CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
            };
            Occurrences.Schedule(e, Day0);
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });

    private Task RemindAsync(DateOnly today) =>
        fixture.App.InScopeAsync(s => s.GetRequiredService<ReminderJob>().RemindAsync(today, CancellationToken.None));

    private Task<List<SentReminder>> RemindersAsync(Guid account) =>
        fixture.App.InScopeAsync(s => s.GetRequiredService<WatchdogDbContext>().Reminders.AsNoTracking().Where(r => r.AccountId == account).ToListAsync());

    private Task<List<WatchdogReminderDue>> PublishedAsync(Guid account) =>
        fixture.App.InScopeAsync(async s =>
        {
            var payloads = await s.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
                .Where(e => e.Type == "watchdog.reminder-due").Select(e => e.Payload).ToListAsync();
            return payloads.Select(p => JsonSerializer.Deserialize<WatchdogReminderDue>(p, JsonSerializerOptions.Web)!).Where(e => e.AccountId == account).ToList();
        });
}
