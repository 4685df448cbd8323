using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;

namespace Pelhrimov.Tests.Core.Events;

/// <summary>A real process publishing and dispatching a stream of events is killed with SIGKILL; a second process on the
/// same database finishes the work (tests/Pelhrimov.EventsCrashHost).</summary>
public sealed class EventCrashTests
{
    [Fact]
    public async Task After_kill_9_during_a_stream_of_events_a_restart_handles_every_committed_event_and_the_exactly_once_handler_ran_once()
    {
        await using var site = await TestSite.CreateAsync();   // empty: the crash host sets its own database up, with no sample events
        Directory.CreateDirectory(site.DataPath);
        var connectionString = site.ConnectionString ?? $"Data Source={Path.Combine(site.DataPath, "portal.db")};Default Timeout=30";

        await using (var streaming = HostProcess.Start(site.Provider, connectionString, "stream"))
        {
            // Killed while it keeps publishing and handling, well into the stream.
            await streaming.WaitForAsync(s => s.Count("published") >= 150 && s.Count("handled") >= 50);
            streaming.Kill();
        }
        await using (var db = Open(site.Provider, connectionString))
        {
            Assert.True(await db.EventDeliveries.AnyAsync(d => d.Status != DeliveryStatus.Done), "The kill left no work behind; it came too late to test anything.");
        }

        await using (var restarted = HostProcess.Start(site.Provider, connectionString, "drain"))
        {
            await restarted.WaitForAsync(s => s.Count("drained") == 1);
        }

        await using var check = Open(site.Provider, connectionString);
        var events = await check.Events.Where(e => e.Type == "tests.crash-probe").CountAsync();
        Assert.True(events >= 150);
        Assert.Equal(2 * events, await check.EventDeliveries.CountAsync(d => d.Status == DeliveryStatus.Done));
        var runs = await check.AuditEntries.Where(a => a.Action == "tests.crash-handled")
            .GroupBy(a => a.EntityId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(events, runs.Count);
        Assert.All(runs, count => Assert.Equal(1, count));
    }

    private static CoreDbContext Open(DatabaseProvider provider, string connectionString)
    {
        var database = new PortalDatabase(provider, connectionString);
        if (provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteCoreDbContext>();
            database.Configure(sqlite, "Core");
            return new SqliteCoreDbContext(sqlite.Options);
        }
        var postgres = new DbContextOptionsBuilder<PostgresCoreDbContext>();
        database.Configure(postgres, "Core");
        return new PostgresCoreDbContext(postgres.Options);
    }

    /// <summary>The crash host run with <c>dotnet</c>; its output lines are counted as they arrive.</summary>
    private sealed class HostProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Dictionary<string, int> _counts = [];
        private readonly List<string> _errors = [];
        private readonly SemaphoreSlim _changed = new(0);

        private HostProcess(Process process) => _process = process;

        public static HostProcess Start(DatabaseProvider provider, string connectionString, string mode)
        {
            // Built with the tests (a project reference without its assembly); same configuration folder as this one.
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var dll = Path.GetFullPath(Path.Combine(testOutput.FullName, "..", "..", "..", "..", "Pelhrimov.EventsCrashHost", "bin",
                testOutput.Parent!.Name, testOutput.Name, "Pelhrimov.EventsCrashHost.dll"));
            Assert.True(File.Exists(dll), $"The crash host was not built: {dll}");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { dll, provider.ToString(), connectionString, mode })
            {
                start.ArgumentList.Add(argument);
            }
            var host = new HostProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
            host._process.OutputDataReceived += (_, e) => host.Received(e.Data, error: false);
            host._process.ErrorDataReceived += (_, e) => host.Received(e.Data, error: true);
            host._process.Exited += (_, _) => host._changed.Release();
            host._process.Start();
            host._process.BeginOutputReadLine();
            host._process.BeginErrorReadLine();
            return host;
        }

        public int Count(string word)
        {
            lock (_counts)
            {
                return _counts.GetValueOrDefault(word);
            }
        }

        /// <summary>Waits for output that satisfies <paramref name="condition"/>, woken by every line; fails when the process
        /// exits without having printed it or after three minutes (a SQLite commit per event on a CI machine running two test projects at once
        /// took more than one).</summary>
        public async Task WaitForAsync(Func<HostProcess, bool> condition)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
            while (!condition(this))
            {
                if (_process.HasExited)
                {
                    // HasExited can be true before the last lines were read; WaitForExit() waits for the end of the redirected
                    // output (a drain that printed "drained" and returned 0 was once judged before its line arrived).
                    _process.WaitForExit();
                    Assert.True(condition(this), $"The crash host exited with {_process.ExitCode}: {string.Join('\n', _errors)}");
                    return;
                }
                var left = deadline - DateTime.UtcNow;
                Assert.True(left > TimeSpan.Zero, $"The crash host did not get there in time (published {Count("published")}, handled {Count("handled")}): " + string.Join('\n', _errors));
                await _changed.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
            }
        }

        /// <summary>SIGKILL: no shutdown, no finally blocks, claims and transactions left as they are.</summary>
        public void Kill()
        {
            _process.Kill();
            _process.WaitForExit();
        }

        public ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit();
            }
            _process.Dispose();
            return ValueTask.CompletedTask;
        }

        private void Received(string? line, bool error)
        {
            if (line is null)
            {
                return;
            }
            lock (_counts)
            {
                if (error)
                {
                    _errors.Add(line);
                }
                else
                {
                    var word = line.Split(' ')[0];
                    _counts[word] = _counts.GetValueOrDefault(word) + 1;
                }
            }
            _changed.Release();
        }
    }
}
