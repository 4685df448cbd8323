using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Scheduling;

namespace Pelhrimov.Tests.Content;

/// <summary>Scheduled publishing runs on the site's scheduler (job <c>content.publish-due</c>), with nobody calling it.</summary>
public sealed class ScheduledPublishingTests
{
    [Fact]
    public async Task The_scheduler_publishes_an_article_when_its_time_comes()
    {
        // Every second instead of every minute, so that the test waits for the publication, not for the next minute.
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["Scheduler:Jobs:content.publish-due:Interval"] = "00:00:01", ["Scheduler:IdleWaitTime"] = "00:00:01" },
        });
        var staff = await app.CreateStaffClientAsync();
        var reader = app.CreateClient();
        var values = ContentEditing.Article("Článek od plánovače", "clanek-od-planovace");
        values["Input.PublishAt"] = Pelhrimov.Core.Formatting.CzechFormat.ToLocal(DateTime.UtcNow.AddSeconds(5)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        using var saved = await ContentEditing.CreateArticleAsync(staff, values, publish: false);
        Assert.Contains("Naplánováno", (await saved.ReadHtmlAsync()).QuerySelector(".status")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, await reader.StatusOfAsync("/aktuality/clanek-od-planovace"));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await reader.StatusOfAsync("/aktuality/clanek-od-planovace") != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                var job = (await app.Services.GetRequiredService<ScheduledJobsOverview>().ListAsync(TestContext.Current.CancellationToken))
                    .Single(j => j.Name == "content.publish-due");
                Assert.Fail($"The scheduled article was not published by the scheduler in time (job: {job}).");
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
