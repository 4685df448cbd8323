using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Filings.Domain;
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
