using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pelhrimov.Identity.Services;

/// <summary>
/// "Zapomenuté heslo" requests, handled after the answer has gone out: the page answers at once and alike for every
/// address, so neither its text nor its timing tells whether the address has an account (issue 17, ADR 0012). The
/// work (lookup, token, e-mail) runs here, one request at a time.
/// </summary>
/// <remarks>In memory: a request that is still waiting when the process stops is lost, and the person asks again.</remarks>
public sealed class PasswordResetQueue(IServiceScopeFactory scopes, ILogger<PasswordResetQueue> logger) : BackgroundService
{
    // Far above what the per-address rate limit lets through; beyond it requests are dropped rather than held.
    private readonly Channel<(string Email, Uri SiteRoot)> _requests = Channel.CreateBounded<(string, Uri)>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Enqueue(string email, Uri siteRoot) => _requests.Writer.TryWrite((email, siteRoot));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (email, siteRoot) in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PasswordResetRequests>().RequestAsync(email, siteRoot, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A password reset request could not be handled.");
            }
        }
    }
}
