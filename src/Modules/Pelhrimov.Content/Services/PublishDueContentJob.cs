using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Content.Services;

/// <summary>Publishes and unpublishes the content whose scheduled time has come (the site's scheduler runs it every minute).</summary>
public sealed class PublishDueContentJob(ContentService content, ILogger<PublishDueContentJob> logger) : IScheduledJob
{
    public const string Name = "content.publish-due";

    /// <summary>At the start of every minute in Prague: editors schedule to the minute, so the item goes live on time.</summary>
    public static readonly JobSchedule Schedule = JobSchedule.CronExpression("0 * * * * ?", "každou minutu");

    public async Task RunAsync(ScheduledRun run, CancellationToken cancellationToken)
    {
        var changed = await content.RunSchedulesAsync(cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Scheduled publishing changed {Count} content items", changed);
        }
    }
}
