using Microsoft.Extensions.Logging;
using OpenIddict.Core;
using Pelhrimov.ApiClients.Domain;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.ApiClients.Services;

/// <summary>
/// Every access token leaves an entry (so that it can be revoked); entries of tokens that expired or were
/// revoked more than a day ago are deleted every six hours, so the table stays about the size of a day's traffic.
/// </summary>
public sealed class PruneApiTokensJob(OpenIddictTokenManager<ApiClientToken> tokens, TimeProvider clock, ILogger<PruneApiTokensJob> logger) : IScheduledJob
{
    public const string Name = "apiclients.prune-tokens";

    public static readonly JobSchedule Schedule = JobSchedule.Every(TimeSpan.FromHours(6));

    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var pruned = await tokens.PruneAsync(clock.GetUtcNow() - KeepFor, cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} old API access token entries", pruned);
        }
    }
}
