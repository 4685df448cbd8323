using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Tests.Core.Scheduling;

/// <summary>A node that stops lets the job it is running finish and record its run before the container goes.</summary>
public sealed class SchedulerStopTests
{
    private const string Job = "test.held";

    [Fact]
    public async Task Two_stops_at_once_both_wait_for_the_running_job_which_finishes_and_records_its_run()
    {
        var hold = new JobHold();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            // The scheduler starts with the first request below, once the run log's table exists.
            HoldBackgroundWork = true,
            Settings = JobRunLog.FastScheduler(),
            ConfigureServices = services =>
            {
                services.AddSingleton(hold);
                services.AddSingleton(new TestNode("a"));
                services.AddScheduledJob<HeldJob>(Job, "Testovací úloha " + Job, JobSchedule.Every(TimeSpan.FromSeconds(1)));
            },
        });
        var database = app.Services.GetRequiredService<PortalDatabase>();
        await JobRunLog.CreateTableAsync(database);
        await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        await hold.Started.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // What a test host does when it is disposed while the app runs: two stops reach every hosted service at once.
        var schedulerStart = app.Services.GetServices<IHostedService>().OfType<SchedulerStart>().Single();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var first = schedulerStart.StopAsync(timeout.Token);
        var second = schedulerStart.StopAsync(timeout.Token);

        // Neither stop may return while the job runs: the host would dispose the container under it.
        var stopped = await Task.WhenAny(first, second, Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken));
        Assert.False(stopped == first || stopped == second, "A stop returned while the job was still running.");

        hold.Release.SetResult();
        await Task.WhenAll(first, second);
        Assert.False(timeout.IsCancellationRequested, "The stops waited out the whole timeout.");
        Assert.Single(await JobRunLog.RunsAsync(database, Job));
    }

    public sealed class JobHold
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Says it started, waits for the test (ignoring the stop, as a chore that must finish does), then records its run.</summary>
    private sealed class HeldJob(JobHold hold, PortalDatabase database, TestNode node) : IScheduledJob
    {
        public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
        {
            if (!hold.Started.TrySetResult())
            {
                return;
            }
            await hold.Release.Task;
            await new RecordingJob(database, node).RunAsync(run, CancellationToken.None);
        }
    }
}
