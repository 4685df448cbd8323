using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Tests.Forms.Filling;
using Pelhrimov.Receivables.Services;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Watchdog.Services;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Editing;
using Pelhrimov.Workflows.Engine;
using Pelhrimov.Workflows.Jobs;
using Pelhrimov.Tests.Receivables;

namespace Pelhrimov.Tests.Workflows;

/// <summary>
/// Triggers and actions end to end over real SMTP, with the sample recipe's default workflows where there is one: the
/// date trigger's catch-up after downtime, receivables created and changing status, the inbox-only action, changing a
/// filing's status, the watchdog's reminder, and the unsubscribe headers of every citizen kind.
/// </summary>
public sealed class WorkflowEndToEndTests(WorkflowsFixture fixture) : IClassFixture<WorkflowsFixture>
{
    // The sample recipe's "due in 14 days" and "one day overdue" workflows (App_Data.sample/recipe.json).
    private static readonly Guid DueSoonDefault = Guid.Parse("5f1f0c3e-2a41-4c61-9d7e-000000000002");
    private static readonly Guid OverdueDefault = Guid.Parse("5f1f0c3e-2a41-4c61-9d7e-000000000003");

    private PortalApp App => fixture.App;

    private static DateOnly Today => CzechFormat.Today(TimeProvider.System);

    [Fact]
    public async Task After_twenty_days_without_a_run_the_defaults_send_what_is_still_due_once_and_nothing_stale_or_paid()
    {
        var (_, email, personId) = await App.LinkedCitizenAsync();
        var token = Guid.NewGuid().ToString("N")[..6];
        var late = await App.WriteReceivableAsync(personId, $"Nájem {token}", Today.AddDays(11));          // its 14-day day was 3 days ago
        var paid = await App.WriteReceivableAsync(personId, $"Zaplaceno {token}", Today.AddDays(11));
        var overdue = await App.WriteReceivableAsync(personId, $"Odpad {token}", Today.AddDays(-3));       // 14-day day 17 days ago, overdue for 2 days
        var later = await App.WriteReceivableAsync(personId, $"Později {token}", Today.AddDays(20));
        await App.InScopeAsync(s => s.GetRequiredService<ReceivableWriter>().BookPaymentAsync(paid,
            new PaymentWrite("PAY-" + paid, Today, 1500m, PaymentSource.BankStatement), CancellationToken.None));
        // The site was down: the defaults were switched on long ago and last checked 20 days ago.
        await App.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Workflows.Where(w => w.Id == DueSoonDefault || w.Id == OverdueDefault)
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.NextFireUtc, DateCatchUp.Cursor(Today.AddDays(-20))).SetProperty(w => w.EnabledSinceUtc, DateTime.UtcNow.AddDays(-60))));

        await RunDateJobAsync();
        await RunDateJobAsync();

        var mine = new[] { late, paid, overdue, later };
        var started = await App.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Instances.AsNoTracking()
            .Where(i => i.WorkflowId == DueSoonDefault || i.WorkflowId == OverdueDefault).Select(i => new { i.WorkflowId, i.SourceKey, i.Id }).ToListAsync());
        var ours = started.Where(i => mine.Any(id => i.SourceKey.Contains(id, StringComparison.Ordinal))).ToList();
        Assert.Equal([(DueSoonDefault, late), (OverdueDefault, overdue)],
            ours.Select(i => (i.WorkflowId, mine.Single(id => i.SourceKey.Contains(id, StringComparison.Ordinal)))).OrderBy(x => x.Item1));
        await fixture.Smtp.WaitForMessageAsync(email, m => m.Subject.Contains($"Nájem {token}", StringComparison.Ordinal));
        await fixture.Smtp.WaitForMessageAsync(email, m => m.Subject.Contains($"Odpad {token}", StringComparison.Ordinal));
        var cursors = await App.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Workflows.AsNoTracking()
            .Where(w => w.Id == DueSoonDefault || w.Id == OverdueDefault).Select(w => w.NextFireUtc).ToListAsync());
        Assert.All(cursors, c => Assert.Equal(DateCatchUp.Cursor(Today), c));
    }

    [Fact]
    public async Task A_workflow_on_a_new_account_welcomes_the_citizen_in_the_portal_inbox_with_a_link_to_my_portal()
    {
        var workflow = await App.CreateAsync(WorkflowsTesting.Input("citizens.account-created", ("notify", new() { ["recipient"] = "citizen", ["channels"] = "email,inbox" })));
        try
        {
            var email = $"obcan-{Guid.NewGuid():N}@example.cz";
            using (var registered = await RegistrationForm.PostAsync(App.CreateClient(), email))
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, registered.StatusCode);
            }
            var account = await App.InScopeAsync(async s => (await s.GetRequiredService<UserManager<CitizenAccount>>().FindByEmailAsync(email))!);

            await App.WaitForInstancesAsync(workflow, i => i.Any(x => x.Data.Contains(account.Id.ToString(), StringComparison.Ordinal) && x.Status == InstanceStatus.Completed));
            var messages = await App.InScopeAsync(s => s.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking()
                .Where(m => m.AccountId == account.Id && m.TemplateKey == AccountKinds.Welcome.Key).ToListAsync());
            // A new account has no confirmed address yet (eID gives none; a registration confirms it afterwards): the
            // welcome waits in the inbox of My portal rather than going to an unconfirmed address.
            var welcome = Assert.Single(messages);
            Assert.Equal(NotificationChannel.Inbox, welcome.Channel);
            Assert.Equal("Vítejte v portálu občana", welcome.Subject);
            Assert.Contains("registrací e-mailem založili účet", welcome.TextBody, StringComparison.Ordinal);
            Assert.Contains(new Uri(App.Services.GetRequiredService<SiteAddress>().Root, "muj-portal").ToString(), welcome.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            await App.InScopeAsync(s => s.GetRequiredService<WorkflowEditor>().SetEnabledAsync(workflow, false, CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_new_receivable_emails_the_citizen_and_a_status_change_writes_only_to_the_inbox()
    {
        var (account, email, personId) = await App.LinkedCitizenAsync();
        var token = Guid.NewGuid().ToString("N")[..6];
        var created = WorkflowsTesting.Input("receivables.created", ("notify", new() { ["recipient"] = "citizen", ["channels"] = "email" }));
        created.Conditions.Add(new() { Field = "title", Operator = ConditionOperators.Contains, Value = token });
        var changed = WorkflowsTesting.Input("receivables.status-changed", ("inbox", []));
        changed.Conditions.Add(new() { Field = "title", Operator = ConditionOperators.Contains, Value = token });
        changed.Conditions.Add(new() { Field = "newStatus", Operator = ConditionOperators.Equal, Value = "partially-paid" });
        var (createdWorkflow, changedWorkflow) = (await App.CreateAsync(created), await App.CreateAsync(changed));

        var id = await App.WriteReceivableAsync(personId, $"Poplatek {token}", Today.AddDays(30));
        await App.WaitForInstancesAsync(createdWorkflow, i => i.All(x => x.Status == InstanceStatus.Completed));
        var mail = await fixture.Smtp.WaitForMessageAsync(email, m => m.Subject.Contains($"Poplatek {token}", StringComparison.Ordinal));
        Assert.Contains("1 500 Kč", mail.TextBody.Replace('\u00A0', ' '));
        await App.InScopeAsync(s => s.GetRequiredService<ReceivableWriter>().BookPaymentAsync(id,
            new PaymentWrite("PAY-" + id, Today, 500m, PaymentSource.BankStatement), CancellationToken.None));

        var run = Assert.Single(await App.WaitForInstancesAsync(changedWorkflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        Assert.Contains("\"newStatus\":\"partially-paid\"", run.Data);
        var messages = await App.InScopeAsync(s => s.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking()
            .Where(m => m.AccountId == account && m.TemplateKey == "receivable.due-soon").Select(m => m.Channel).ToListAsync());
        Assert.Equal([NotificationChannel.Email, NotificationChannel.Inbox], messages.Order());   // the e-mail of "created", the inbox of "changed"
    }

    [Fact]
    public async Task A_workflow_resolves_a_filing_like_a_clerk_and_the_default_workflow_tells_the_citizen()
    {
        var (_, email, personId) = await App.LinkedCitizenAsync();
        var filing = await App.FilingAsync(personId);
        var input = WorkflowsTesting.Input("filings.status-changed",
            ("filings.change-status", new() { ["status"] = "vyrizeno", ["note"] = "Vyřízeno automaticky." })).OnlyFor(filing);
        input.Conditions.Add(new() { Field = "newStatus", Operator = ConditionOperators.Equal, Value = "v-reseni" });
        var workflow = await App.CreateAsync(input);

        await App.ChangeStatusAsync(filing.Id, FilingStatus.InProgress);

        Assert.Single(await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        var mail = await fixture.Smtp.WaitForMessageAsync(email, m => m.Subject == $"Podání {filing.Reference}: vyřízeno");
        Assert.Contains("Vyřízeno automaticky.", mail.TextBody);
        var changes = await App.InScopeAsync(s => s.GetRequiredService<FilingsDbContext>().StatusChanges.AsNoTracking()
            .Where(c => c.FilingId == filing.Id && c.Actor == "pracovní postup").Select(c => c.Status).ToListAsync());
        Assert.Equal([FilingStatus.Resolved], changes);
    }

    [Fact]
    public async Task A_citizens_own_watchdog_event_is_reminded_by_the_default_workflow_by_email_and_in_the_inbox()
    {
        var (account, email, _) = await App.LinkedCitizenAsync();
        var title = $"Platnost řidičského průkazu {Guid.NewGuid():N}"[..40];
        await App.InScopeAsync(s => s.GetRequiredService<OwnEvents>().AddAsync(account, new WatchdogEventValues(title, Today.AddDays(10), 14, false), CancellationToken.None));

        await App.InScopeAsync(s => s.GetRequiredService<ReminderJob>().RemindAsync(Today, CancellationToken.None));

        var mail = await fixture.Smtp.WaitForMessageAsync(email, m => m.TextBody.Contains(title, StringComparison.Ordinal));
        Assert.Contains(title, mail.Subject);
        Assert.StartsWith("<http", mail.Message.Headers["List-Unsubscribe"]);
        var inbox = await App.InScopeAsync(s => s.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking()
            .CountAsync(m => m.AccountId == account && m.Channel == NotificationChannel.Inbox && m.TemplateKey == "watchdog.reminder"));
        Assert.Equal(1, inbox);
    }

    [Fact]
    public async Task A_form_a_signed_in_citizen_submits_is_confirmed_by_email_with_its_reference_and_in_the_inbox_by_the_default()
    {
        var (account, email, _) = await App.LinkedCitizenAsync();
        var token = Guid.NewGuid().ToString("N")[..6];
        var slug = "dotaz-" + token;
        await TestForms.PublishAsync(App, slug, $$"""
            { "slug": "{{slug}}", "title": "Dotaz na úřad {{token}}", "access": { "kind": "anyone" },
              "steps": [ { "id": "dotaz", "title": "Dotaz", "sections": [ { "id": "dotaz-udaje", "fields": [
                { "id": "text", "type": "text", "label": "Váš dotaz", "required": true } ] } ] } ] }
            """);
        var input = WorkflowsTesting.Input("forms.submitted", ("notify", new() { ["recipient"] = "citizen", ["channels"] = "email" }));
        input.Conditions.Add(new() { Field = "formTitle", Operator = ConditionOperators.Contains, Value = token });
        var workflow = await App.CreateAsync(input);
        var cookies = new System.Net.CookieContainer();
        var client = App.CreateClient(allowAutoRedirect: false, cookies: cookies);
        using (var signIn = await AntiforgeryForm.PostAsync(client, "/prihlaseni",
            new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = "Zkouska-Heslo-2026!Obcan" }, "form[action='/prihlaseni']"))
        {
            Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var filler = App.CreateClient(cookies: cookies);

        using (await TestForms.BeginAsync(filler, slug)) { }
        using (await TestForms.StepAsync(filler, slug, "dotaz", new() { ["text"] = "Kdy bude opravena lampa?" })) { }
        await TestForms.SubmitAsync(filler, slug);

        var run = Assert.Single(await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        var reference = System.Text.Json.JsonSerializer.Deserialize<Pelhrimov.Core.Workflows.WorkflowEventData>(run.Data, WorkflowVersion.Json)!.Fields["reference"]!;
        // The Forms module's own receipt ("Potvrzení o podání …") goes to the same address: wait for the workflow's.
        var mail = await fixture.Smtp.WaitForMessageAsync(email, m => m.Subject == $"Přijali jsme váš formulář „Dotaz na úřad {token}“");
        Assert.Contains($"Číslo podání: {reference}", mail.TextBody);
        var inbox = await WaitForInboxAsync(account, "form.submitted");
        Assert.Contains(reference, inbox.TextBody);
    }

    [Fact]
    public async Task Every_citizen_kind_carries_both_one_click_unsubscribe_headers()
    {
        var (account, email, _) = await App.LinkedCitizenAsync();
        var kinds = await App.InScopeAsync(s => Task.FromResult(s.GetRequiredService<NotificationKinds>().All.Where(k => !NewsKinds.IsNewsKind(k.Key)).ToList()));
        foreach (var kind in kinds)
        {
            await App.InScopeAsync(s => s.GetRequiredService<INotifications>().SendAsync(new NotificationRequest(kind.Key,
                NotificationRecipient.Citizen(account), kind.Sample, NotificationChannels.Email)));
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (fixture.Smtp.MessagesTo(email).Count < kinds.Count && waited.Elapsed < SmtpTestServer.DefaultTimeout)
        {
            await Task.Delay(50);
        }
        var received = fixture.Smtp.MessagesTo(email).ToList();
        Assert.Equal(kinds.Count, received.Count);
        Assert.All(received, m =>
        {
            Assert.Matches("^<https?://[^>]+/odhlasit-odber/[^>]+>$", m.Message.Headers["List-Unsubscribe"]);
            Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", Encoding.ASCII.GetString(m.Raw));
        });
    }

    /// <summary>The citizen's inbox message of the kind, once a workflow has written it (at most 30 s).</summary>
    private async Task<NotificationMessage> WaitForInboxAsync(Guid account, string kind)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var message = await App.InScopeAsync(s => s.GetRequiredService<NotificationsDbContext>().Messages.AsNoTracking()
                .FirstOrDefaultAsync(m => m.AccountId == account && m.Channel == NotificationChannel.Inbox && m.TemplateKey == kind));
            if (message is not null)
            {
                return message;
            }
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"No inbox message {kind}.");
            await Task.Delay(50);
        }
    }

    private Task RunDateJobAsync() => App.InScopeAsync(async s =>
    {
        await s.GetRequiredService<DateTriggerJob>().RunAsync(new ScheduledRun(DateTriggerJob.Name, DateTime.UtcNow, DateTime.UtcNow), CancellationToken.None);
        return true;
    });
}
