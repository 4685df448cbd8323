using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Settings;
using Pelhrimov.TestModule;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>New test sites are copies of the process's set-up template (ADR 0042): set up once, independent afterwards.</summary>
public sealed class SiteTemplateTests
{
    [Fact]
    public async Task Two_new_sites_are_set_up_copies_of_one_setup_and_keep_their_own_data_and_keys()
    {
        await using var first = await PortalApp.StartAsync();
        await using var second = await PortalApp.StartAsync();

        Assert.NotEqual(first.Site.DataPath, second.Site.DataPath);
        if (first.Site.DatabaseName is { } database)
        {
            Assert.NotEqual(database, second.Site.DatabaseName);
        }
        // One setup ran (the template's); neither copy ran it again.
        var runs = SetupRuns(first.Site);
        Assert.Single(runs);
        Assert.Equal(runs, SetupRuns(second.Site));
        Assert.True(await first.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().SiteSettings.AnyAsync(x => x.Key == "SetupCompleted")));

        await first.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<SiteSettingsStore>();
            await store.SaveAsync(await store.GetAsync<SiteSettings>() with { TownName = "Jen v první kopii" });
            return true;
        });
        var secondTown = await second.InScopeAsync(s => s.GetRequiredService<SiteSettingsStore>().GetAsync<SiteSettings>());
        Assert.NotEqual("Jen v první kopii", secondTown.TownName);

        // Data-protection keys are each site's own, so one copy's cookies mean nothing to another.
        Assert.Empty(DataProtectionKeys(first.Site).Intersect(DataProtectionKeys(second.Site)));
        var admin = await second.CreateStaffClientAsync();
        using var dashboard = await admin.GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.True(dashboard.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("Modules:Disabled", "TestModule")]
    [InlineData("Admin:Email", "jiny@pelhrimov.test")]
    public async Task Settings_that_set_up_reads_need_a_fresh_site(string key, string value)
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => PortalApp.StartAsync(options: new PortalAppOptions { Settings = { [key] = value } }));

        Assert.Contains(key, refused.Message);
        Assert.Contains(nameof(PortalAppOptions.FreshSite), refused.Message);
    }

    private static string[] SetupRuns(TestSite site) => File.ReadAllLines(Path.Combine(site.DataPath, SetupRunRecorder.FileName));

    private static IEnumerable<string> DataProtectionKeys(TestSite site) =>
        Directory.GetFiles(Path.Combine(site.DataPath, "keys"), "key-*.xml").Select(Path.GetFileName)!;
}
