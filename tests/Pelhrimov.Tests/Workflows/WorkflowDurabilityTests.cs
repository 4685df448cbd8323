using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;
using Pelhrimov.Workflows.Engine;
using Pelhrimov.Workflows.Jobs;
using Pelhrimov.Workflows.Data;
using Pelhrimov.Workflows.Domain;
using Pelhrimov.Workflows.Editing;

namespace Pelhrimov.Tests.Workflows;

/// <summary>Durability: a wait survives a restart and an instance finishes on its version; on PostgreSQL two nodes start a schedule once.</summary>
public sealed class WorkflowDurabilityTests
{
    [Fact]
    public async Task An_instance_waiting_across_a_restart_resumes_and_finishes_on_the_version_it_started_on()
    {
        await using var site = await TestSite.CreateAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var options = new PortalAppOptions { Settings = WorkflowsTesting.Settings(), ConfigureServices = s => { WorkflowsTesting.Services(s); s.AddSingleton<TimeProvider>(clock); } };
        Guid workflow, instanceId;
        await using (var first = await PortalApp.StartAsync(site, options))
        {
            await first.CreateClient().GetAsync("/");
            // Set-up ran on this frozen clock: its sample events must be older than the workflow switched on below.
            clock.Advance(TimeSpan.FromSeconds(1));
            var (_, _, personId) = await first.LinkedCitizenAsync();
            workflow = await first.CreateAsync(WorkflowsTesting.Input("filings.status-changed",
                ("test.flaky", []), ("wait", new() { ["amount"] = "2", ["unit"] = "days" }), ("test.flaky", [])));
            var filing = await first.FilingAsync(personId);
            await first.ChangeStatusAsync(filing.Id, FilingStatus.InProgress);
            instanceId = Assert.Single(await first.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Waiting))).Id;

            // Version 2 has other actions; the waiting instance keeps version 1.
            await first.InScopeAsync(s => s.GetRequiredService<WorkflowEditor>().SaveAsync(workflow,
                WorkflowsTesting.Input("filings.status-changed", ("inbox", [])), "test", CancellationToken.None));
        }

        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await using var second = await PortalApp.StartAsync(site, options);
        await second.CreateClient().GetAsync("/");

        var done = Assert.Single(await second.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        Assert.Equal((instanceId, 1), (done.Id, done.Version));
        var log = await second.LogAsync(instanceId);
        Assert.Equal([("test.flaky", StepOutcome.Done), ("wait", StepOutcome.Waiting), ("test.flaky", StepOutcome.Done)], log.Select(l => (l.Action, l.Outcome)));
        Assert.Equal(2, await second.InScopeAsync(s => s.GetRequiredService<WorkflowsDbContext>().Versions.CountAsync(v => v.WorkflowId == workflow)));
        Assert.All(log, l => Assert.Equal(1, l.Attempt));
    }

    [Fact]
    public async Task An_instance_waits_until_the_date_in_a_field_and_goes_on_when_that_day_begins()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = WorkflowsTesting.Settings(),
            ConfigureServices = s => { WorkflowsTesting.Services(s); s.AddSingleton<TimeProvider>(clock); },
        });
        await app.CreateClient().GetAsync("/");
        clock.Advance(TimeSpan.FromSeconds(1));
        var (_, _, personId) = await app.LinkedCitizenAsync();
        var token = Guid.NewGuid().ToString("N")[..6];
        var input = WorkflowsTesting.Input("receivables.created", ("wait", new() { ["unit"] = "field", ["field"] = "dueDate" }), ("test.flaky", []));
        input.Conditions.Add(new() { Field = "title", Operator = ConditionOperators.Contains, Value = token });
        var workflow = await app.CreateAsync(input);
        var due = CzechFormat.Today(clock).AddDays(3);
        var dueStarts = CzechFormat.ToUtc(due.ToDateTime(TimeOnly.MinValue));

        await app.InScopeAsync(s => s.GetRequiredService<ReceivableWriter>().UpsertAsync(
            [new ReceivableWrite("R-" + token, personId, $"Nájem {token}", "2026", 900m, "CZK", due, "55" + Random.Shared.Next(10000000, 99999999), null, null,
                new BankAccount("19", "1234567890", "0800"), false)], CancellationToken.None));

        var waiting = Assert.Single(await app.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Waiting)));
        Assert.Equal(dueStarts, waiting.NextRunUtc);
        clock.Advance(dueStarts - clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(1));   // a minute before the day
        await ResumeAsync(app);
        Assert.Equal(InstanceStatus.Waiting, Assert.Single(await app.InstancesAsync(workflow)).Status);

        clock.Advance(TimeSpan.FromMinutes(2));
        await ResumeAsync(app);   // the clustered job's run, on the moved clock
        var done = Assert.Single(await app.WaitForInstancesAsync(workflow, i => i.All(x => x.Status == InstanceStatus.Completed)));
        Assert.Equal([("wait", StepOutcome.Waiting), ("test.flaky", StepOutcome.Done)], (await app.LogAsync(done.Id)).Select(l => (l.Action, l.Outcome)));
        Assert.True(done.FinishedUtc >= dueStarts);
    }

    private static Task ResumeAsync(PortalApp app) => app.InScopeAsync(async s =>
    {
        await s.GetRequiredService<ResumeJob>().RunAsync(new ScheduledRun(ResumeJob.Name, DateTime.UtcNow, DateTime.UtcNow), CancellationToken.None);
        return true;
    });

    [Trait(TestEnvironment.PinnedDatabase, "Postgres")]
    [Fact]
    public async Task On_two_nodes_of_one_PostgreSQL_database_a_schedule_starts_each_fire_time_once_and_each_step_runs_once()
    {
        await TestRequirement.PostgresAsync();
        await using var site = await TestSite.CreateAsync(DatabaseProvider.Postgres);
        var secondFolder = Path.Combine(Path.GetTempPath(), "portal-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = WorkflowsTesting.Settings();
            await using var first = await PortalApp.StartAsync(site, new PortalAppOptions { Settings = settings, ConfigureServices = WorkflowsTesting.Services });
            var secondSettings = new Dictionary<string, string?>(settings) { ["App:DataPath"] = secondFolder };
            await using var second = await PortalApp.StartAsync(site, new PortalAppOptions { Settings = secondSettings, ConfigureServices = WorkflowsTesting.Services });
            await first.CreateClient().GetAsync("/");
            await second.CreateClient().GetAsync("/");
            var input = WorkflowsTesting.Input("schedule", ("test.flaky", []));
            input.Cron = "* * * * * ?";   // every second
            var workflow = await first.CreateAsync(input);

            var instances = await first.WaitForInstancesAsync(workflow, i => i.Count(x => x.Status == InstanceStatus.Completed) >= 5);

            var done = instances.Where(i => i.Status == InstanceStatus.Completed).ToList();
            Assert.Equal(done.Count, done.Select(i => i.SourceKey).Distinct().Count());
            Assert.All(done, i => Assert.Equal(1, FlakyAction.Runs[$"{i.Id:N}-0"]));
            foreach (var instance in done)
            {
                Assert.Single(await first.LogAsync(instance.Id));
            }
        }
        finally
        {
            if (Directory.Exists(secondFolder))
            {
                Directory.Delete(secondFolder, recursive: true);
            }
        }
    }
}
