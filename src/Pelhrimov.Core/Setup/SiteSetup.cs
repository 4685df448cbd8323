using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Pelhrimov.Core.Setup;

/// <summary>
/// The database check, migrations and a new site's setup (<see cref="SiteInitializer"/>), run on the spare core while
/// the host wires its pipeline and the server starts: a new site's recipe takes seconds, and a visitor's first request
/// can meanwhile get as far as routing (docs/adr/0011-start-up.md).
/// </summary>
/// <remarks>
/// Requests wait for it after routing (static files do not); background work waits for it through
/// <see cref="Hosting.StartupGate"/>, which opens only after the host has started. The host's start completes only once
/// the site is set up, and fails if setup fails, as when setup ran before the server started.
/// </remarks>
public sealed class SiteSetup(SiteInitializer initializer) : IHostedLifecycleService
{
    private Task? _completion;

    /// <summary>Completes when the database is current and the site set up; faults if that failed.</summary>
    public Task Completion => _completion ?? throw new InvalidOperationException("The site's setup has not been started (UsePortalAsync starts it).");

    public bool IsCompleted => _completion is { IsCompletedSuccessfully: true };

    /// <summary>Starts the setup on a thread-pool thread; <paramref name="whenReady"/> runs on it once the site is set up.</summary>
    internal void Start(Action whenReady)
    {
        if (_completion is not null)
        {
            throw new InvalidOperationException("The site's setup has already been started.");
        }
        _completion = Task.Run(async () =>
        {
            await initializer.InitializeAsync();
            whenReady();
        });
    }

    /// <summary>After routing: a request waits until the site is set up, and gets 503 if setting it up failed.</summary>
    internal static void UseWaitForSetup(IApplicationBuilder app, SiteSetup setup) => app.Use(async (context, next) =>
    {
        if (!setup.IsCompleted)
        {
            try
            {
                await setup.Completion.WaitAsync(context.RequestAborted);
            }
            catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
            {
                // The start fails with the same error (StartedAsync); the host is stopping.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }
        }
        await next(context);
    });

    /// <summary>Every hosted service, the server included, has started: the start is complete once the site is set up.</summary>
    Task IHostedLifecycleService.StartedAsync(CancellationToken cancellationToken) => Completion.WaitAsync(cancellationToken);

    Task IHostedLifecycleService.StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
