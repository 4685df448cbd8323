using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Tests.Core.Scheduling;

/// <summary>
/// Fire times that pass while no node runs: a <see cref="MisfirePolicy.FireOnceNow"/> job runs once as soon as the site is
/// up again (however many it missed), a <see cref="MisfirePolicy.Skip"/> job waits for its next fire time.
/// </summary>
public sealed class MisfireTests
{
    private const string CatchUp = "test.hourly-catch-up";
    private const string Skipping = "test.hourly-skip";

    [Fact]
    public async Task A_job_missed_while_the_site_was_down_runs_once_after_the_restart()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        var jobs = JobRunLog.Recording("a",
            (CatchUp, JobSchedule.Every(TimeSpan.FromHours(1), MisfirePolicy.FireOnceNow)),
            (Skipping, JobSchedule.Every(TimeSpan.FromHours(1), MisfirePolicy.Skip)));
        // The scheduler starts with StartAsync's request, once the run log's table exists.
        var options = new PortalAppOptions { Settings = JobRunLog.FastScheduler(), ConfigureServices = jobs, HoldBackgroundWork = true };

        await using (var before = await StartAsync(site, options))
        {
            // An interval job runs when it is first stored; then its next fire time is an hour away.
            var database = before.Services.GetRequiredService<PortalDatabase>();
            await JobRunLog.WaitForRunsAsync(database, CatchUp, r => r.Count == 1);
            await JobRunLog.WaitForRunsAsync(database, Skipping, r => r.Count == 1);
        }

        // Down for three hours: three fire times of each job passed while no node ran.
        var down = DatabaseOf(site);
        var nextBefore = await JobRunLog.NextFireAsync(down, CatchUp);
        Assert.InRange(nextBefore!.Value, DateTime.UtcNow.AddMinutes(55), DateTime.UtcNow.AddMinutes(61));
        await JobRunLog.SetNextFireAsync(down, CatchUp, DateTime.UtcNow.AddHours(-3));
        await JobRunLog.SetNextFireAsync(down, Skipping, DateTime.UtcNow.AddHours(-3));

        await using var after = await StartAsync(site, options);
        var database2 = after.Services.GetRequiredService<PortalDatabase>();
        await JobRunLog.WaitForRunsAsync(database2, CatchUp, r => r.Count >= 2);
        // Once, not three times: the missed fire times collapse into one run, and the next is an hour after it.
        await WaitUntilAsync(async () => await JobRunLog.NextFireAsync(database2, Skipping) > DateTime.UtcNow);
        Assert.Equal(2, (await JobRunLog.RunsAsync(database2, CatchUp)).Count);
        Assert.True(await JobRunLog.NextFireAsync(database2, CatchUp) > DateTime.UtcNow.AddMinutes(55));
        Assert.Single(await JobRunLog.RunsAsync(database2, Skipping));
        Assert.True(await JobRunLog.NextFireAsync(database2, Skipping) > DateTime.UtcNow);
    }

    private static async Task<PortalApp> StartAsync(TestSite site, PortalAppOptions options)
    {
        var app = await PortalApp.StartAsync(site, options);
        await JobRunLog.CreateTableAsync(app.Services.GetRequiredService<PortalDatabase>());
        await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        return app;
    }

    /// <summary>The site's database while no app runs on it.</summary>
    private static PortalDatabase DatabaseOf(TestSite site) => site.Provider == DatabaseProvider.Postgres
        ? new PortalDatabase(DatabaseProvider.Postgres, site.ConnectionString!)
        : new PortalDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(site.DataPath, "portal.db")};Default Timeout=30;Pooling=False");

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met in time.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
