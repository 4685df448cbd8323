using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Analytics.Services;

namespace Pelhrimov.Tests.Analytics;

/// <summary><c>Analytics:Enabled=false</c> takes the counter out of the request pipeline; the admin statistics still work.</summary>
public sealed class CounterSwitchTests
{
    [Fact]
    public async Task With_the_counter_switched_off_nothing_is_counted_and_no_middleware_is_added()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["Analytics:Enabled"] = "false" } });
        Assert.DoesNotContain(app.Services.GetServices<IStartupFilter>(), f => f.GetType().Name == "AccessCounterStartupFilter");
        var before = await app.TodayAsync();

        var browser = app.CreateBrowser(AnalyticsTestData.UniqueBrowser());
        for (var i = 0; i < 5; i++)
        {
            (await browser.GetAsync("/")).EnsureSuccessStatusCode();
        }
        (await browser.GetAsync("/zivotni-situace")).EnsureSuccessStatusCode();

        Assert.Empty(app.Services.GetRequiredService<AccessCounter>().TakePending());
        var after = await app.TodayAsync();
        Assert.Equal(before, after);
        Assert.Equal(0, after.Views);
        (await (await app.CreateStaffClientAsync()).GetAsync("/admin/statistiky")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task With_the_switch_on_explicitly_the_same_requests_are_counted()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["Analytics:Enabled"] = "true" } });
        Assert.Contains(app.Services.GetServices<IStartupFilter>(), f => f.GetType().Name == "AccessCounterStartupFilter");
        var before = await app.TodayAsync();

        var browser = app.CreateBrowser(AnalyticsTestData.UniqueBrowser());
        for (var i = 0; i < 5; i++)
        {
            (await browser.GetAsync("/")).EnsureSuccessStatusCode();
        }

        var after = await app.TodayAsync();
        Assert.Equal(5, after.Views - before.Views);
        Assert.Equal(1, after.Visits - before.Visits);
    }
}

/// <summary>The counter remembers the browser of a keep-alive connection; that must never change what is counted.</summary>
public sealed class ConnectionMemoryTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task One_connection_with_changing_browsers_and_a_bot_counts_each_browser_once_and_the_bot_never()
    {
        using var client = app.CreateClient(handleCookies: false);
        var (first, second) = (AnalyticsTestData.UniqueBrowser(1), AnalyticsTestData.UniqueBrowser(2));
        var before = await app.TodayAsync();

        foreach (var agent in new[] { first, first, second, "Mozilla/5.0 (compatible; Googlebot/2.1)", first, second, second })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.TryAddWithoutValidation("User-Agent", agent);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }

        var after = await app.TodayAsync();
        Assert.Equal(6, after.Views - before.Views);
        Assert.Equal(2, after.Visits - before.Visits);
    }

    [Fact]
    public async Task Kestrel_offers_connection_items_to_requests_so_a_connection_hashes_its_browser_once()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<bool>();
        await using var probe = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            ConfigureServices = services => services.AddTransient<IStartupFilter>(_ => new ProbeFilter(seen)),
        });
        using var client = probe.CreateClient(handleCookies: false);
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();

        Assert.NotEmpty(seen);
        Assert.All(seen, Assert.True);
    }

    private sealed class ProbeFilter(System.Collections.Concurrent.ConcurrentBag<bool> seen) : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, Func<Task> following) =>
            {
                seen.Add(context.Features.Get<Microsoft.AspNetCore.Connections.Features.IConnectionItemsFeature>()?.Items is not null);
                await following();
            });
            next(app);
        };
    }
}
