using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Settings;
using Pelhrimov.TestModule;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>A new data folder is set up once from App_Data.sample; later starts leave the site as it is.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task New_data_folder_is_set_up_from_the_sample_recipe()
    {
        await using var app = await PortalApp.StartAsync();

        var dataFolder = app.Services.GetRequiredService<DataFolder>();
        Assert.Equal(app.Site.DataPath, dataFolder.Path);
        Assert.True(File.Exists(Path.Combine(dataFolder.SamplePath, "recipe.json")), $"No sample recipe in {dataFolder.SamplePath}");
        Assert.Single(SetupRuns(app.Site));
        Assert.True(await IsSetupCompletedAsync(app));

        var expectedTown = RecipeSiteSetting(dataFolder.SamplePath, "townName");
        if (expectedTown is not null)
        {
            var settings = await app.InScopeAsync(s => s.GetRequiredService<SiteSettingsStore>().GetAsync<SiteSettings>());
            Assert.Equal(expectedTown, settings.TownName);
        }
    }

    [Fact]
    public async Task Second_start_on_the_same_data_does_not_run_setup_again()
    {
        await using var site = await TestSite.CreateAsync();
        await using (var first = await PortalApp.StartAsync(site))
        {
            await first.InScopeAsync(async s =>
            {
                var store = s.GetRequiredService<SiteSettingsStore>();
                await store.SaveAsync(await store.GetAsync<SiteSettings>() with { TownName = "Změněno po instalaci" });
                return true;
            });
        }

        await using var second = await PortalApp.StartAsync(site);

        Assert.Single(SetupRuns(site));
        var settings = await second.InScopeAsync(s => s.GetRequiredService<SiteSettingsStore>().GetAsync<SiteSettings>());
        Assert.Equal("Změněno po instalaci", settings.TownName);
        using var health = await second.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.True(health.IsSuccessStatusCode);
    }

    private static string[] SetupRuns(TestSite site)
    {
        var log = Path.Combine(site.DataPath, SetupRunRecorder.FileName);
        return File.Exists(log) ? File.ReadAllLines(log) : [];
    }

    private static Task<bool> IsSetupCompletedAsync(PortalApp app) =>
        app.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().SiteSettings.AnyAsync(x => x.Key == "SetupCompleted"));

    /// <summary>A value of the recipe's <c>Site</c> step, if it has one, to compare with what setup stored.</summary>
    private static string? RecipeSiteSetting(string samplePath, string name)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(samplePath, "recipe.json")));
        return recipe.RootElement.GetProperty("steps").EnumerateArray()
            .Where(step => step.GetProperty("name").GetString() == "Site")
            .Select(step => step.TryGetProperty("settings", out var settings) && settings.TryGetProperty(name, out var value) ? value.GetString() : null)
            .FirstOrDefault();
    }
}
