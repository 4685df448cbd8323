using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Scheduling;
using Quartz;

namespace Pelhrimov.Tests.Core.Scheduling;

/// <summary>Two nodes of one site (two apps on one PostgreSQL database, each with its own data folder) form one cluster.</summary>
[Trait(TestEnvironment.PinnedDatabase, "Postgres")]
public sealed class ClusteredSchedulerTests
{
    private const string Job = "test.every-second";

    [Fact]
    public async Task A_job_fires_exactly_once_per_fire_time_however_many_nodes_run()
    {
        await TestRequirement.PostgresAsync();
        await using var site = await SiteTemplate.CopyAsync(DatabaseProvider.Postgres);
        var secondFolder = Path.Combine(Path.GetTempPath(), "portal-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var first = await StartNodeAsync(site, "a", dataPath: null);
            await using var second = await StartNodeAsync(site, "b", secondFolder);
            var database = first.Services.GetRequiredService<PortalDatabase>();
            await WaitForClusterOfTwoAsync(first);

            // Eight fire times after both nodes joined: enough for each node to have competed for several of them.
            var joined = DateTime.UtcNow.Ticks;
            var runs = await JobRunLog.WaitForRunsAsync(database, Job, r => r.Count(x => x.ScheduledTicks > joined) >= 8);

            var perFireTime = runs.GroupBy(r => r.ScheduledTicks).ToList();
            Assert.All(perFireTime, fire => Assert.Single(fire));
            Assert.True(perFireTime.Count >= 8);
        }
        finally
        {
            if (Directory.Exists(secondFolder))
            {
                Directory.Delete(secondFolder, recursive: true);
            }
        }
    }

    private static async Task<PortalApp> StartNodeAsync(TestSite site, string node, string? dataPath)
    {
        var settings = JobRunLog.FastScheduler();
        if (dataPath is not null)
        {
            settings["App:DataPath"] = dataPath;
        }
        var app = await PortalApp.StartAsync(site, new PortalAppOptions
        {
            HoldBackgroundWork = true,
            Settings = settings,
            ConfigureServices = JobRunLog.Recording(node, (Job, JobSchedule.Every(TimeSpan.FromSeconds(1)))),
        });
        await JobRunLog.CreateTableAsync(app.Services.GetRequiredService<PortalDatabase>());
        // The first answered request lets background work, the scheduler among it, start (StartupGate).
        await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        return app;
    }

    private static async Task WaitForClusterOfTwoAsync(PortalApp app)
    {
        var scheduler = app.Services.GetRequiredKeyedService<IScheduler>(PortalScheduler.SchedulerName);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await scheduler.QueryClusterNodes(TestContext.Current.CancellationToken)).Count(n => n.State == ClusterNodeState.Alive) < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "The two nodes did not both check in to the cluster.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
