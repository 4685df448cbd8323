using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Analytics.Data;

namespace Pelhrimov.Tests.Analytics;

/// <summary>The access counter over real HTTP: exact under load, blind to bots and the admin, and storing nothing personal.</summary>
public sealed class AccessCounterTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task Counts_are_exact_under_concurrent_requests_with_one_visit_per_browser()
    {
        var before = await app.TodayAsync();
        var browsers = Enumerable.Range(0, 20).Select(i => app.CreateBrowser(AnalyticsTestData.UniqueBrowser(i))).ToList();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await browsers[i % browsers.Count].GetAsync("/");
            response.EnsureSuccessStatusCode();
        }));

        var after = await app.TodayAsync();
        Assert.Equal(200, after.Views - before.Views);
        Assert.Equal(20, after.Visits - before.Visits);
        Assert.Equal(200, after.PageViews - before.PageViews);
    }

    [Fact]
    public async Task Bots_headless_browsers_admin_pages_and_errors_are_not_counted()
    {
        var staff = await app.CreateStaffClientAsync();
        staff.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", AnalyticsTestData.UniqueBrowser());
        var before = await app.TodayAsync();

        foreach (var bot in new[]
                 {
                     "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                     "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
                     "facebookexternalhit/1.1",
                     "curl/8.5.0",
                 })
        {
            (await app.CreateBrowser(bot).GetAsync("/")).EnsureSuccessStatusCode();
        }
        (await app.CreateClient(handleCookies: false).GetAsync("/")).EnsureSuccessStatusCode();
        (await staff.GetAsync("/admin")).EnsureSuccessStatusCode();
        (await staff.GetAsync("/admin/statistiky")).EnsureSuccessStatusCode();
        var browser = app.CreateBrowser(AnalyticsTestData.UniqueBrowser());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await browser.GetAsync("/tahle-stranka-neexistuje")).StatusCode);
        (await browser.GetAsync("/health")).EnsureSuccessStatusCode();

        var after = await app.TodayAsync();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_page_is_counted_under_its_lowercase_path_without_query()
    {
        var browser = app.CreateBrowser(AnalyticsTestData.UniqueBrowser());
        var before = await app.TodayAsync("/aktuality");

        (await browser.GetAsync("/Aktuality?strana=1")).EnsureSuccessStatusCode();
        (await browser.GetAsync("/aktuality/")).EnsureSuccessStatusCode();

        var after = await app.TodayAsync("/aktuality");
        Assert.Equal(2, after.PageViews - before.PageViews);
        Assert.Equal(1, after.Visits - before.Visits);
    }

    [Fact]
    public async Task Nothing_personal_is_stored_only_dates_paths_and_numbers()
    {
        var agent = AnalyticsTestData.UniqueBrowser();
        var browser = app.CreateBrowser(agent);
        (await browser.GetAsync("/")).EnsureSuccessStatusCode();
        (await browser.GetAsync("/zivotni-situace")).EnsureSuccessStatusCode();
        await app.FlushCounterAsync();

        var values = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AnalyticsDbContext>();
            var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()!).ToList();
            Assert.Equal(["analytics_daily", "analytics_page_daily"], tables.Order());
            var found = new List<(string Column, string Value)>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            foreach (var table in tables)
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {table}";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        found.Add(($"{table}.{reader.GetName(i)}", Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                    }
                }
            }
            return found;
        });

        Assert.Equal(["analytics_daily.date", "analytics_daily.views", "analytics_daily.visits",
                      "analytics_page_daily.date", "analytics_page_daily.path", "analytics_page_daily.views"],
            values.Select(v => v.Column).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(values, v => v.Value == "/zivotni-situace");
        Assert.All(values, v =>
        {
            Assert.DoesNotContain("127.0.0.1", v.Value);
            Assert.DoesNotContain("::1", v.Value);
            Assert.DoesNotContain("Mozilla", v.Value);
            Assert.DoesNotContain("Zkouska", v.Value);
            Assert.DoesNotMatch(new Regex("[0-9a-fA-F]{16,}|[A-Za-z0-9+/]{20,}={0,2}"), v.Value);
        });
    }
}
