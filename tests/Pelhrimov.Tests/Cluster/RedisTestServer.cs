using System.Diagnostics;

namespace Pelhrimov.Tests.Cluster;

/// <summary>
/// A real <c>redis-server</c> of one test class on a free loopback port, in memory only (no dump, no AOF), that a test
/// can stop and start again on the same port. Without the program the tests skip, or fail under <c>CI=true</c>.
/// </summary>
public sealed class RedisTestServer : IAsyncDisposable
{
    private const string Program = "redis-server";
    private Process? _process;

    private RedisTestServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of the server (<c>Redis:Configuration</c>).</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=2000,syncTimeout=2000";

    public static async Task<RedisTestServer> StartAsync()
    {
        if (!Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(dir => File.Exists(Path.Combine(dir, Program))))
        {
            TestRequirement.Unavailable($"No {Program} on PATH (apt-get install redis-server, or run .ci/run).");
        }
        var server = new RedisTestServer(PortalApp.FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) and returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        var info = new ProcessStartInfo(Program, ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--loglevel", "notice"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                ready.TrySetException(new InvalidOperationException($"{Program} exited: {string.Join('\n', output)}"));
                return;
            }
            lock (output)
            {
                output.Add(e.Data);
            }
            if (e.Data.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Kills the server (as a crash would) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
