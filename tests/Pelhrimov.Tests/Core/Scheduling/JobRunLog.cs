using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Tests.Core.Scheduling;

/// <summary>Which node a test app is, so that a job can say where it ran.</summary>
public sealed record TestNode(string Name);

/// <summary>A test job that writes each run (job, node, scheduled fire time) into <c>test_job_runs</c> of the site's database.</summary>
public sealed class RecordingJob(PortalDatabase database, TestNode node) : IScheduledJob
{
    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await JobRunLog.ExecuteAsync(connection, "INSERT INTO test_job_runs (job, node, scheduled_ticks) VALUES (@job, @node, @ticks)",
            cancellationToken, ("job", run.JobName), ("node", node.Name), ("ticks", run.ScheduledUtc.Ticks));
    }
}

/// <summary>A test job that always fails, with a Czech message the admin page must show.</summary>
public sealed class FailingJob : IScheduledJob
{
    public const string Message = "Záměrně selhávající úloha";

    public Task RunAsync(ScheduledRun run, CancellationToken cancellationToken) => throw new InvalidOperationException(Message);
}

/// <summary>The test jobs' run table and the few reads the scheduler tests make of it and of Quartz's triggers.</summary>
public static class JobRunLog
{
    /// <summary>Test settings: the cluster notices a node within a second, and a node polls the store every second.</summary>
    public static Dictionary<string, string?> FastScheduler() => new()
    {
        ["Scheduler:CheckinInterval"] = "00:00:01",
        ["Scheduler:IdleWaitTime"] = "00:00:01",
    };

    /// <summary>Registers <see cref="RecordingJob"/> as <paramref name="name"/> on an app that calls itself <paramref name="node"/>.</summary>
    public static Action<IServiceCollection> Recording(string node, params (string Name, JobSchedule Schedule)[] jobs) => services =>
    {
        services.AddSingleton(new TestNode(node));
        foreach (var (name, schedule) in jobs)
        {
            services.AddScheduledJob<RecordingJob>(name, "Testovací úloha " + name, schedule);
        }
    };

    public static async Task CreateTableAsync(PortalDatabase database)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS test_job_runs (job varchar(100) NOT NULL, node varchar(20) NOT NULL, scheduled_ticks bigint NOT NULL)", default);
    }

    public static async Task<List<(string Node, long ScheduledTicks)>> RunsAsync(PortalDatabase database, string job)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var command = Command(connection, "SELECT node, scheduled_ticks FROM test_job_runs WHERE job = @job ORDER BY scheduled_ticks", ("job", job));
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            runs.Add((reader.GetString(0), reader.GetInt64(1)));
        }
        return runs;
    }

    /// <summary>Waits for <paramref name="condition"/> on the job's runs, polling; fails after <paramref name="within"/>.</summary>
    public static async Task<List<(string Node, long ScheduledTicks)>> WaitForRunsAsync(PortalDatabase database, string job,
        Func<List<(string Node, long ScheduledTicks)>, bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var runs = await RunsAsync(database, job);
            if (condition(runs))
            {
                return runs;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Job {job} did not get there in time; its runs: {runs.Count}.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The next fire time Quartz stored for a portal job's trigger (Quartz stores .NET ticks, UTC).</summary>
    public static async Task<DateTime?> NextFireAsync(PortalDatabase database, string job)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await using var command = Command(connection, "SELECT next_fire_time FROM qrtz_triggers WHERE trigger_name = @job AND trigger_group = 'portal'", ("job", job));
        return await command.ExecuteScalarAsync() is long ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
    }

    /// <summary>Moves a stored trigger's next fire time, as if the site had been down since then.</summary>
    public static async Task SetNextFireAsync(PortalDatabase database, string job, DateTime utc)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        await ExecuteAsync(connection, "UPDATE qrtz_triggers SET next_fire_time = @ticks WHERE trigger_name = @job AND trigger_group = 'portal'",
            default, ("ticks", utc.Ticks), ("job", job));
    }

    internal static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
