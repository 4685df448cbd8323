using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Settings;
using Pelhrimov.Core.Setup;
using Pelhrimov.TestModule;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>A new data folder is set up once from App_Data.sample; later starts leave the site as it is.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task New_data_folder_is_set_up_from_the_sample_recipe()
    {
        await using var app = await PortalApp.StartAsync(options: new() { FreshSite = true });

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

    [Fact]
    public async Task Module_warm_ups_run_once_the_database_is_ready_and_a_failing_one_stops_nothing()
    {
        await using var app = await PortalApp.StartAsync(options: new() { FreshSite = true });
        var log = Path.Combine(app.Site.DataPath, WarmUpRecorder.FileName);

        // Warm-ups run in the background while the site serves; FailingWarmUp runs before the recorder.
        for (var waited = 0; !(File.Exists(log) && File.ReadAllText(log).EndsWith('\n')) && waited < 20_000; waited += 50)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        var line = Assert.Single(File.ReadAllLines(log));
        Assert.Matches(@"^settings=[1-9]\d*$", line);
        using var home = await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        Assert.True(home.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Every_module_warm_up_completes_without_an_error()
    {
        // The start only logs a failing warm-up, so a broken one would go unnoticed there: each runs here.
        await using var app = await PortalApp.StartAsync(options: new() { FreshSite = true });
        var warmUps = app.Services.GetServices<IWarmUp>().Where(w => w is not FailingWarmUp).ToList();

        foreach (var warmUp in warmUps)
        {
            await app.InScopeAsync(async sp =>
            {
                await warmUp.RunAsync(sp, TestContext.Current.CancellationToken);
                return true;
            });
        }

        Assert.Contains(warmUps, w => w.GetType().Name == "HomePageWarmUp");
    }

    [Fact]
    public async Task The_server_answers_while_a_new_site_is_set_up_and_pages_wait_for_the_set_up_site()
    {
        var probe = new ServeDuringSetupProbe();
        await using var app = await PortalApp.StartAsync(options: new()
        {
            FreshSite = true,
            ConfigureServices = s => s.AddSingleton<ISetupTask>(sp =>
            {
                probe.Services = sp;
                return probe;
            }),
        });

        // Seen from inside setup (the probe runs after the recipe, before setup completes):
        Assert.Null(probe.Failure);
        Assert.Equal(HttpStatusCode.OK, probe.StaticFileStatus);   // static files are served at once
        Assert.False(probe.PageAnsweredDuringSetup);               // a page waits for setup to finish
        Assert.False(probe.StartupGateOpenedDuringSetup);          // and so does background work

        // The page asked for during setup is the set-up site's home page.
        using var home = await probe.Page!;
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(await IsSetupCompletedAsync(app));
        var town = RecipeSiteSetting(app.Services.GetRequiredService<DataFolder>().SamplePath, "townName") ?? "Pelhřimov";
        Assert.Contains(town, await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failing_setup_fails_the_start_and_does_not_mark_the_site_set_up()
    {
        await using var site = await TestSite.CreateAsync();
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            PortalApp.StartAsync(site, new() { ConfigureServices = s => s.AddSingleton<ISetupTask, FailingSetupTask>() }));
        Assert.Contains(FailingSetupTask.Message, error.ToString());

        // The next start runs setup again and completes it.
        await using var app = await PortalApp.StartAsync(site);
        Assert.True(await IsSetupCompletedAsync(app));
    }

    /// <summary>Runs as the last part of setup, while the server already listens: asks for a static file and a page.</summary>
    private sealed class ServeDuringSetupProbe : ISetupTask
    {
        public Task<HttpResponseMessage>? Page { get; private set; }
        public HttpStatusCode? StaticFileStatus { get; private set; }
        public bool PageAnsweredDuringSetup { get; private set; }
        public bool StartupGateOpenedDuringSetup { get; private set; }
        public Exception? Failure { get; private set; }

        public int Order => int.MaxValue;

        /// <summary>The app's services (the probe is registered with a factory that sets them).</summary>
        public IServiceProvider? Services { get; set; }

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            try
            {
                var services = Services ?? throw new InvalidOperationException("no services");
                // Setup starts before the server; a sample recipe takes long enough that the server listens by now,
                // but a fast machine may get here first.
                var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
                string? address = null;
                for (var waited = 0; (address = addresses.FirstOrDefault(a => !a.EndsWith(":0", StringComparison.Ordinal))) is null && waited < 20_000; waited += 20)
                {
                    await Task.Delay(20, cancellationToken);
                }
                if (address is null)
                {
                    throw new InvalidOperationException("The server did not start listening during setup.");
                }
                var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
                using (var css = await client.GetAsync("/_content/Pelhrimov.Theme/css/site.css", cancellationToken))
                {
                    StaticFileStatus = css.StatusCode;
                }
                Page = client.GetAsync("/", cancellationToken);
                await Task.WhenAny(Page, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
                PageAnsweredDuringSetup = Page.IsCompleted;
                StartupGateOpenedDuringSetup = services.GetRequiredService<StartupGate>().IsOpen;
            }
            catch (Exception e)
            {
                Failure = e;
            }
        }
    }

    private sealed class FailingSetupTask : ISetupTask
    {
        public const string Message = "Setup failed on purpose (test)";

        public Task RunAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(Message);
    }

    /// <summary>The set-up runs the test module recorded in the site's data folder.</summary>
    internal static string[] SetupRuns(TestSite site)
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
