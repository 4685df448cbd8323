using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pelhrimov.Identity.Services;

namespace Pelhrimov.Identity.Setup;

/// <summary>At every start: makes sure the three default roles exist, so role checks and the admin screens can rely on them.</summary>
/// <remarks>Creates missing roles only; permissions are granted once, at setup (see <see cref="DefaultRolesSetupTask"/>).</remarks>
public sealed class DefaultRolesOnStart(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DefaultRoles>().EnsureRolesAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
