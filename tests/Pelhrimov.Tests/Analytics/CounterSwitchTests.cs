using Microsoft.AspNetCore.Hosting;
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
