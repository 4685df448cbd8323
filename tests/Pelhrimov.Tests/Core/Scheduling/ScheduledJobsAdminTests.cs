using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Core.Scheduling;

/// <summary>The admin page "Plánované úlohy": every module's jobs with their next and last runs and failures.</summary>
public sealed partial class ScheduledJobsAdminTests
{
    private const string Failing = "test.failing";

    [Fact]
    public async Task The_page_lists_the_jobs_with_their_next_and_last_runs_and_a_failure()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = JobRunLog.FastScheduler(),
            ConfigureServices = services => services.AddScheduledJob<FailingJob>(Failing, "Testovací selhávající úloha", JobSchedule.Every(TimeSpan.FromSeconds(1))),
        });
        var staff = await app.CreateStaffClientAsync();
        var overview = app.Services.GetRequiredService<ScheduledJobsOverview>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await overview.ListAsync(TestContext.Current.CancellationToken)).Single(j => j.Name == Failing).Failures == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The failing job did not fail in time.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var page = await staff.GetHtmlAsync("/admin/planovane-ulohy");

        var failing = page.QuerySelector($"tr[data-job='{Failing}']")!;
        Assert.Contains("Testovací selhávající úloha", failing.TextContent);
        Assert.Contains("každých 1 s", failing.TextContent);
        Assert.Matches(CzechDateTime(), failing.QuerySelector(".last-run")!.TextContent);
        Assert.Contains("selhal", failing.QuerySelector(".last-run")!.TextContent);
        Assert.Matches(CzechDateTime(), failing.QuerySelector(".last-failure")!.TextContent);
        Assert.Contains(FailingJob.Message, failing.QuerySelector(".last-failure")!.TextContent);

        var publishing = page.QuerySelector("tr[data-job='content.publish-due']")!;
        Assert.Contains("Zveřejnění a stažení naplánovaného obsahu", publishing.TextContent);
        Assert.Contains("každou minutu", publishing.TextContent);
        Assert.Matches(CzechDateTime(), publishing.QuerySelector(".next-run")!.TextContent);
        Assert.NotNull(page.QuerySelector("tr[data-job='apiclients.prune-tokens']"));
    }

    [Fact]
    public async Task An_editor_without_the_permission_gets_403()
    {
        await using var app = await PortalApp.StartAsync();
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(editor.Email, editor.Password);

        using var response = await client.GetAsync("/admin/planovane-ulohy", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // 4. 12. 2026 10:15, with non-breaking spaces as CzechFormat writes them.
    [GeneratedRegex(@"\d{1,2}\.\u00A0\d{1,2}\.\u00A0\d{4} \d{1,2}:\d{2}")]
    private static partial Regex CzechDateTime();
}
