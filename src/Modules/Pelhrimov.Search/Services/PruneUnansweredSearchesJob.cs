using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Search.Services;

/// <summary>
/// Deletes searches without results older than <c>Search:Unanswered:RetentionDays</c> (<see cref="UnansweredSearches.PruneAsync"/>)
/// and logged searches older than <c>Search:Queries:RetentionDays</c> (<see cref="SearchQueryLog.PruneAsync"/>) every six hours,
/// on one node of the site.
/// </summary>
public sealed class PruneUnansweredSearchesJob(UnansweredSearches unanswered, SearchQueryLog queries, ILogger<PruneUnansweredSearchesJob> logger) : IScheduledJob
{
    public const string Name = "search.prune-unanswered";

    public static readonly JobSchedule Schedule = JobSchedule.Every(TimeSpan.FromHours(6));

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var pruned = await unanswered.PruneAsync(cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} old rows of searches without results", pruned);
        }
        var prunedLog = await queries.PruneAsync(cancellationToken);
        if (prunedLog > 0)
        {
            logger.LogInformation("Pruned {Count} old rows of the search log", prunedLog);
        }
    }
}
