using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Workflows;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Erasure;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using CoreDelivery = Pelhrimov.Core.Events.DeliveryStatus;

namespace Pelhrimov.Tests.Workflows;

/// <summary>Deleting a citizen account erases what Notifications and Workflows kept about it, and nothing of another citizen.</summary>
public sealed class AccountErasureTests(WorkflowsFixture fixture) : IClassFixture<WorkflowsFixture>
{
    private PortalApp App => fixture.App;

    [Fact]
    public async Task A_deleted_account_leaves_no_messages_preferences_digest_queue_mail_subscriptions_runs_or_working_unsubscribe_link()
    {
        var gone = await CitizenWithEverythingAsync();
        var kept = await CitizenWithEverythingAsync();
        // A run that concerns both citizens (a person two accounts are linked to) goes on for the one who stays.
        var shared = await SharedRunAsync(gone.AccountId, kept.AccountId);
        var unsubscribe = new Uri(gone.Mail.Message.Headers["List-Unsubscribe"]!.Trim('<', '>')).PathAndQuery;
        await UntilRunsAboutAreFinishedAsync(gone.AccountId);   // the sample recipe's workflow reacts to the same status change

        await App.InScopeAsync(async s =>
        {
            var account = await s.GetRequiredService<CitizensDbContext>().Users.SingleAsync(u => u.Id == gone.AccountId);
            await s.GetRequiredService<CitizenAccounts>().DeleteAsync(account, CancellationToken.None);
            return true;
        });
        await WaitUntilDeletionHandledAsync(gone.AccountId);

        var after = await StateOfAsync(gone);
        Assert.Equal((0, 0, 0, 0, 0, 0), (after.Messages, after.Preferences, after.Outbox, after.Subscriptions, after.Runs, after.RunsMentioning));
        // The staff's counts keep the messages, with nothing personal left on them.
        var erased = await App.InScopeAsync(s => s.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking()
            .Where(m => gone.MessageIds.Contains(m.Id)).ToListAsync());
        // The e-mail and the inbox message stay as counts; the one waiting for its digest is gone.
        Assert.Equal(gone.MessageIds.Where(id => id != gone.DigestMessageId).Order(), erased.Select(m => m.Id).Order());
        Assert.All(erased, m => Assert.Equal((null, null, EraseNotificationsOnAccountDeleted.ErasedSubject, "", null), (m.AccountId, m.Address, m.Subject, m.TextBody, m.HtmlBody)));
        var other = await StateOfAsync(kept);
        // The sample recipe's own workflow may have written to the citizen about the same change too: at least ours are there.
        Assert.True(other.Messages >= 3 && other.Outbox >= 1, $"{other}");
        Assert.Equal((1, 1, 1, 1), (other.Preferences, other.Subscriptions, other.Runs, other.RunsMentioning));
        var sharedData = JsonSerializer.Deserialize<WorkflowEventData>(
            (await App.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Instances.AsNoTracking().SingleAsync(i => i.Id == shared))).Data, WorkflowVersion.Json)!;
        Assert.Equal([kept.AccountId], sharedData.AccountIds);

        // The unsubscribe link in an old e-mail names an account that is gone: it answers 404 and writes nothing.
        var anonymous = App.CreateClient(allowAutoRedirect: false);
        using var page = await anonymous.GetAsync(unsubscribe);
        using var click = await anonymous.PostAsync(unsubscribe, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, click.StatusCode));
        Assert.Equal(0, (await StateOfAsync(gone)).Preferences);
    }

    private sealed record Citizen(Guid AccountId, string Email, Guid Workflow, List<Guid> MessageIds, Guid DigestMessageId, ReceivedMail Mail);

    private sealed record State(int Messages, int Preferences, int Outbox, int Subscriptions, int Runs, int RunsMentioning);

    /// <summary>
    /// A citizen with an e-mail and an inbox message from a workflow run, a preference for a daily digest and a message
    /// waiting for it, and a confirmed news subscription of the account's address.
    /// </summary>
    private async Task<Citizen> CitizenWithEverythingAsync()
    {
        var (accountId, email, personId) = await App.LinkedCitizenAsync();
        var filing = await App.FilingAsync(personId);
        var workflow = await App.CreateAsync(WorkflowsTesting.Input("filings.status-changed",
            ("notify", new() { ["recipient"] = "citizen", ["channels"] = "email,inbox" })).OnlyFor(filing));
        await App.InScopeAsync(s =>
        {
            var db = s.GetRequiredService<NotificationsDbContext>();
            db.Preferences.Add(new NotificationPreference { AccountId = accountId, KindKey = "watchdog.reminder", Frequency = EmailFrequency.DailyDigest, UpdatedUtc = DateTime.UtcNow });
            db.NewsSubscriptions.Add(new NewsSubscription { Id = Guid.NewGuid(), Email = email, Category = "Radnice", CreatedUtc = DateTime.UtcNow, ConfirmedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        var digest = await App.InScopeAsync(s => s.GetRequiredService<INotifications>().SendAsync(new NotificationRequest("watchdog.reminder",
            NotificationRecipient.Citizen(accountId), new WatchdogReminderModel("Očkování psa", "15. 1. 2027", 14, "https://portal.example/"), NotificationChannels.Email)));

        await App.ChangeStatusAsync(filing.Id, FilingStatus.InProgress);

        var run = Assert.Single(await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        var mail = await fixture.Smtp.WaitForMessageAsync(email, m => m.Subject.Contains(filing.Reference, StringComparison.Ordinal) && m.Message.Headers["List-Unsubscribe"] is not null);
        var messageIds = await App.InScopeAsync(s => s.GetRequiredService<NotificationsDbContext>().Messages
            .Where(m => m.AccountId == accountId).Select(m => m.Id).ToListAsync());
        Assert.Contains(digest.MessageIds[0], messageIds);
        Assert.Contains(accountId.ToString(), run.Data);
        return new Citizen(accountId, email, workflow, messageIds, digest.MessageIds[0], mail);
    }

    private Task<Guid> SharedRunAsync(Guid first, Guid second) => App.InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<WorkflowsDbContext>();
        var workflow = await App.CreateAsync(WorkflowsTesting.Input("citizens.account-created", ("test.flaky", [])));
        var data = new WorkflowEventData(new Dictionary<string, string?> { ["method"] = "eid" }, [first, second]);
        var id = Guid.NewGuid();
        db.Instances.Add(new WorkflowInstance
        {
            Id = id, WorkflowId = workflow, Version = 1, SourceKey = "test:" + id, Status = InstanceStatus.Completed,
            Data = JsonSerializer.Serialize(data, WorkflowVersion.Json), CreatedUtc = DateTime.UtcNow, FinishedUtc = DateTime.UtcNow, NextRunUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return id;
    });

    private Task<State> StateOfAsync(Citizen citizen) => App.InScopeAsync(async s =>
    {
        var notifications = s.GetRequiredService<NotificationsDbContext>();
        var core = s.GetRequiredService<CoreDbContext>();
        var workflows = s.GetRequiredService<WorkflowsDbContext>();
        var key = citizen.AccountId.ToString();
        return new State(
            await notifications.Messages.CountAsync(m => m.AccountId == citizen.AccountId || m.Address == citizen.Email),
            await notifications.Preferences.CountAsync(p => p.AccountId == citizen.AccountId),
            await core.OutgoingMail.CountAsync(m => m.To == citizen.Email),
            await notifications.NewsSubscriptions.CountAsync(n => n.Email == citizen.Email),
            await workflows.Instances.CountAsync(i => i.WorkflowId == citizen.Workflow),
            await workflows.Instances.CountAsync(i => i.Data.Contains(key) && i.WorkflowId == citizen.Workflow));
    });

    private async Task UntilRunsAboutAreFinishedAsync(Guid accountId)
    {
        var key = accountId.ToString();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await App.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Instances.AnyAsync(i => i.Data.Contains(key)
            && i.Status != InstanceStatus.Completed && i.Status != InstanceStatus.Failed && i.Status != InstanceStatus.Stopped)))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "Runs about the account did not finish.");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits (at most 30 s) until every module's handler of the account's deletion has done its work.</summary>
    private async Task WaitUntilDeletionHandledAsync(Guid accountId)
    {
        var key = accountId.ToString();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var statuses = await App.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().EventDeliveries.AsNoTracking()
                .Where(d => d.Event.Type == "citizens.account-deleted" && d.Event.Payload.Contains(key)).Select(d => d.Status).ToListAsync());
            if (statuses.Count >= 4 && statuses.All(x => x == CoreDelivery.Done))
            {
                return;
            }
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "The deletion was not handled: " + string.Join(", ", statuses));
            await Task.Delay(50);
        }
    }
}
