using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Setup;

/// <summary>After every start: makes sure the three default roles exist, so role checks and the admin screens can rely on them.</summary>
/// <remarks>
/// Creates missing roles only; permissions are granted once, at setup (see <see cref="DefaultRolesSetupTask"/>), which
/// creates the roles too. So this only repairs a database whose roles were removed by hand, and it runs in the
/// background instead of holding up the site's first response (docs/adr/0011-start-up.md). A database that is away
/// when it runs is tried again later: an exception escaping a background service stops the whole node.
/// </remarks>
public sealed class DefaultRolesOnStart(IServiceScopeFactory scopes, StartupGate startup, ILogger<DefaultRolesOnStart> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DefaultRoles>().EnsureRolesAsync();
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "The default roles could not be checked; trying again in {Delay}.", RetryAfter);
            }
            await Task.Delay(RetryAfter, stoppingToken);
        }
    }
}
