using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Tests.Content;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Engine;
using Pelhrimov.Workflows.Jobs;
using Pelhrimov.Tests.Receivables;

namespace Pelhrimov.Tests.Workflows;

/// <summary>One app with a real SMTP server for the workflow engine's tests.</summary>
public sealed class WorkflowsFixture : IAsyncLifetime
{
    public SmtpTestServer Smtp { get; private set; } = null!;

    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartAsync();
        App = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = Smtp, Settings = WorkflowsTesting.Settings(), ConfigureServices = WorkflowsTesting.Services });
        await App.CreateClient().GetAsync("/");   // lets background work (dispatch, scheduler, the instance queue) start
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>Triggers: domain events of other modules (through Core's extension point), a date, conditions; the notification actions.</summary>
public sealed class WorkflowTriggersTests(WorkflowsFixture fixture) : IClassFixture<WorkflowsFixture>
{
    private PortalApp App => fixture.App;

    [Fact]
    public async Task A_filing_status_change_sends_the_citizen_an_email_and_an_inbox_message_when_the_conditions_hold()
    {
        var (_, email, personId) = await App.LinkedCitizenAsync();
        var input = WorkflowsTesting.Input("filings.status-changed", ("notify", new() { ["recipient"] = "citizen", ["channels"] = "email,inbox" }));
        input.Conditions.Add(new() { Field = "newStatus", Operator = ConditionOperators.Equal, Value = "vyrizeno" });
        input.Conditions.Add(new() { Field = "department", Operator = ConditionOperators.Contains, Value = "doprav" });
        var workflow = await App.CreateAsync(input);
        var filing = await App.FilingAsync(personId);

        await App.ChangeStatusAsync(filing.Id, FilingStatus.InProgress);       // conditions do not hold: no instance
        await App.ChangeStatusAsync(filing.Id, FilingStatus.Resolved, "Karta je připravena k vyzvednutí.");

        var instance = Assert.Single(await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        // The sample recipe's own workflow e-mails the citizen about every change too; this is the one about "vyřízeno".
        var mail = await fixture.Smtp.WaitForMessageAsync(email, m => m.Subject == $"Podání {filing.Reference}: vyřízeno" && m.TextBody.Contains("Karta", StringComparison.Ordinal));
        Assert.Contains("Karta je připravena k vyzvednutí.", mail.TextBody);
        var log = Assert.Single(await App.LogAsync(instance.Id));
        Assert.Equal((StepOutcome.Done, "notify", 1), (log.Outcome, log.Action, log.Attempt));
        Assert.Contains("zpráv 2", log.Result);    // the e-mail and the inbox message
        Assert.Single(await App.InstancesAsync(workflow));
    }

    [Fact]
    public async Task A_payment_booked_sends_a_confirmation_to_a_given_address()
    {
        var (_, _, personId) = await App.LinkedCitizenAsync();
        var to = $"pokladna-{Guid.NewGuid():N}@example.cz";
        var workflow = await App.CreateAsync(WorkflowsTesting.Input("receivables.payment-booked",
            ("notify", new() { ["kind"] = "receivable.payment-received", ["recipient"] = "address", ["email"] = to, ["channels"] = "email" })));
        var id = await App.WriteReceivableAsync(personId, "Poplatek za psa", CzechFormat.Today(TimeProvider.System).AddDays(30));

        await App.InScopeAsync(s => s.GetRequiredService<ReceivableWriter>().BookPaymentAsync(id,
            new PaymentWrite("PAY-" + id, CzechFormat.Today(TimeProvider.System), 500m, PaymentSource.BankStatement), CancellationToken.None));

        await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed));
        var mail = await fixture.Smtp.WaitForMessageAsync(to);
        Assert.Equal("Přijali jsme platbu: Poplatek za psa 2026", mail.Subject);
        var text = mail.TextBody.Replace('\u00A0', ' ');
        Assert.Contains("přijali platbu 500 Kč za Poplatek za psa 2026", text);
        Assert.Contains("Zbývá zaplatit: 1 000 Kč", text);
    }

    [Fact]
    public async Task A_receivable_due_in_14_days_starts_one_reminder_however_often_the_daily_check_runs()
    {
        var (_, _, personId) = await App.LinkedCitizenAsync();
        var to = $"upominka-{Guid.NewGuid():N}@example.cz";
        var input = WorkflowsTesting.Input("receivables.due", ("notify", new() { ["recipient"] = "address", ["email"] = to, ["channels"] = "email" }));
        input.TriggerDays = 14;
        var workflow = await App.CreateAsync(input);
        await App.WriteReceivableAsync(personId, "Poplatek za psa", CzechFormat.Today(TimeProvider.System).AddDays(14));
        await App.WriteReceivableAsync(personId, "Poplatek za psa", CzechFormat.Today(TimeProvider.System).AddDays(15));   // not due in 14 days

        for (var i = 0; i < 2; i++)
        {
            await App.InScopeAsync(async s =>
            {
                await s.GetRequiredService<DateTriggerJob>().RunAsync(new ScheduledRun(DateTriggerJob.Name, DateTime.UtcNow, DateTime.UtcNow), CancellationToken.None);
                return true;
            });
        }

        Assert.Single(await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        var mail = await fixture.Smtp.WaitForMessageAsync(to);
        Assert.StartsWith("Připomínka: Poplatek za psa 2026 do ", mail.Subject);
    }

    [Fact]
    public async Task An_event_without_a_module_lookup_carries_its_fields_and_account_to_the_actions()
    {
        var account = Guid.NewGuid();
        var input = WorkflowsTesting.Input("citizens.account-created", ("test.flaky", []));
        input.Conditions.Add(new() { Field = "method", Operator = ConditionOperators.Equal, Value = "EID" });   // text compares ignoring case
        var workflow = await App.CreateAsync(input);

        await PublishAsync(new CitizenAccountCreated(Guid.NewGuid(), "registration"));
        await PublishAsync(new CitizenAccountCreated(account, "eid"));

        var instance = Assert.Single(await App.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        Assert.Contains(account.ToString(), instance.Data);
    }

    [Fact]
    public async Task A_new_article_goes_to_its_categorys_confirmed_subscribers_once_and_not_again_when_it_is_edited()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var (reader, unconfirmed, probe) = ($"ctenar-{token}@example.cz", $"neovereny-{token}@example.cz", $"sonda-{token}@example.cz");
        await App.InScopeAsync(s =>
        {
            var db = s.GetRequiredService<NotificationsDbContext>();
            db.NewsSubscriptions.AddRange(
                new NewsSubscription { Id = Guid.NewGuid(), Email = reader, Category = "Radnice", CreatedUtc = DateTime.UtcNow, ConfirmedUtc = DateTime.UtcNow },
                new NewsSubscription { Id = Guid.NewGuid(), Email = unconfirmed, Category = "Radnice", CreatedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        // A second workflow on every publication of this article: its runs tell that both publications were handled.
        var input = WorkflowsTesting.Input("content.published", ("notify", new() { ["kind"] = "news.article-published", ["recipient"] = "address", ["email"] = probe, ["channels"] = "email" }));
        input.Conditions.Add(new() { Field = "title", Operator = ConditionOperators.Contains, Value = token });
        var probeWorkflow = await App.CreateAsync(input);
        var staff = await App.CreateStaffClientAsync();

        using var draft = await ContentEditing.CreateArticleAsync(staff, ContentEditing.Article($"Zasedání zastupitelstva {token}"), publish: false);
        var id = ContentEditing.ItemIdOf(draft);
        using var first = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}", new Dictionary<string, string?> { ["akce"] = "zverejnit" }, "form.editor");
        using var edited = await AntiforgeryForm.PostAsync(staff, $"/admin/obsah/{id}",
            new Dictionary<string, string?> { ["Input.Title"] = $"Zasedání zastupitelstva {token} (opraveno)", ["akce"] = "zverejnit" }, "form.editor");

        await App.WaitForInstancesAsync(probeWorkflow, i => i.Count == 2 && i.All(x => x.Status == InstanceStatus.Completed));
        var mail = await fixture.Smtp.WaitForMessageAsync(reader);
        Assert.Equal($"Zasedání zastupitelstva {token}", mail.Subject);
        Assert.Contains("/aktuality/", mail.Message.TextBody);
        Assert.StartsWith("<http", mail.Message.Headers["List-Unsubscribe"]);
        var sent = await App.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().OutgoingMail
            .Where(m => m.To == reader || m.To == unconfirmed).Select(m => m.To).ToListAsync());
        Assert.Equal([reader], sent);
    }

    private Task PublishAsync<TEvent>(TEvent domainEvent)
        where TEvent : class, IDomainEvent =>
        App.InScopeAsync(s =>
        {
            s.GetRequiredService<IDomainEvents>().Publish(domainEvent);
            return s.GetRequiredService<CoreDbContext>().SaveChangesAsync();
        });
}
