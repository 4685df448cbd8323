using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Setup;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Start-up priority: background work (mail delivery, the search indexer, pruning, checks) waits until the site has
/// answered its first request, so that a start spends the machine's CPU on the response somebody is waiting for
/// rather than on building the models and queries of work nobody is waiting for (docs/adr/0011-start-up.md).
/// </summary>
/// <remarks>Opens when the first request has been answered, or <see cref="MaxDelay"/> after the application started
/// if no request comes, whichever is first; once open it stays open.</remarks>
public sealed class StartupGate
{
    /// <summary>Background work starts at the latest this long after the application started.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger<StartupGate> _logger;

    public StartupGate(IHostApplicationLifetime lifetime, ILogger<StartupGate> logger)
    {
        _logger = logger;
        lifetime.ApplicationStarted.Register(() =>
        {
            _logger.LogInformation(
                "Serving {Milliseconds} ms after the process started ({Methods} methods compiled just in time, in {JitMilliseconds} ms)",
                SinceProcessStart(), System.Runtime.JitInfo.GetCompiledMethodCount(), (long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
            Task.Delay(MaxDelay).ContinueWith(_ => Open(), TaskScheduler.Default);
        });
    }

    public bool IsOpen => _opened.Task.IsCompleted;

    /// <summary>Completes when background work may start.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _opened.Task.WaitAsync(cancellationToken);

    internal void Open() => _opened.TrySetResult();

    /// <summary>First in the pipeline: opens the gate when the first request after the site's setup has been answered.</summary>
    /// <remarks>Static files are served while a new site is set up; answering them must not start background work.</remarks>
    internal static void UseFirstResponseSignal(IApplicationBuilder app, StartupGate gate, SiteSetup setup) => app.Use(async (context, next) =>
    {
        if (gate.IsOpen)
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            if (!gate.IsOpen && setup.IsCompleted)
            {
                gate.Open();
                gate._logger.LogInformation(
                    "First response {Milliseconds} ms after the process started ({Methods} methods compiled just in time, in {JitMilliseconds} ms)",
                    SinceProcessStart(), System.Runtime.JitInfo.GetCompiledMethodCount(), (long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
            }
        }
    });

    private static long SinceProcessStart() =>
        (long)(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
}
