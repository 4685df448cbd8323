using System.Globalization;
using System.Text;
using Pelhrimov.Analytics.Services;
using Pelhrimov.Core.Formatting;

namespace Pelhrimov.Tests.Analytics;

/// <summary>The statistics sections on <c>/admin</c> and <c>/admin/statistiky</c>, and their CSV exports.</summary>
public sealed class StatisticsDashboardTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task The_dashboard_shows_the_traffic_chart_with_a_text_alternative_and_the_same_data_in_a_table()
    {
        var browser = app.CreateBrowser(AnalyticsTestData.UniqueBrowser());
        for (var i = 0; i < 3; i++)
        {
            (await browser.GetAsync("/")).EnsureSuccessStatusCode();
        }
        var today = await app.TodayAsync();
        var staff = await app.CreateStaffClientAsync();

        var page = await staff.GetHtmlAsync("/admin");

        var section = page.QuerySelector("section[aria-labelledby='statistiky-navstevnost']")!;
        Assert.Equal("Návštěvnost", section.QuerySelector("h2")!.TextContent);
        var chart = section.QuerySelector("svg[role='img']")!;
        Assert.Equal("graf-navstevnost-title graf-navstevnost-desc", chart.GetAttribute("aria-labelledby"));
        Assert.Contains("30 dní", chart.QuerySelector("title")!.TextContent);
        Assert.Contains($"{CzechFormat.Number(today.Views)} zobrazení stránek", chart.QuerySelector("desc")!.TextContent);
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent == CzechFormat.DayAndMonth(today.Date));
        Assert.Equal(2, chart.QuerySelectorAll("polyline").Length);
        var rows = section.QuerySelectorAll("details table tbody tr");
        Assert.Equal(30, rows.Length);
        Assert.Equal([CzechFormat.Date(today.Date), CzechFormat.Number(today.Views), CzechFormat.Number(today.Visits)],
            rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby='statistiky-stranky'] svg[role='img'] rect"));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby='statistiky-prihlaseni'] svg[role='img']"));
    }

    [Fact]
    public async Task The_statistics_page_shows_a_year_with_open_tables_when_asked()
    {
        var staff = await app.CreateStaffClientAsync();

        var page = await staff.GetHtmlAsync("/admin/statistiky?obdobi=365");

        Assert.Equal("Statistiky", page.QuerySelector("h1")!.TextContent);
        var traffic = page.QuerySelector("section[aria-labelledby='statistiky-navstevnost']")!;
        Assert.True(traffic.QuerySelector("details")!.HasAttribute("open"));
        Assert.Equal(365, traffic.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("/admin/statistiky?obdobi=30", traffic.QuerySelector("p a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/statistiky");
    }

    [Fact]
    public async Task The_traffic_csv_has_a_czech_header_and_the_numbers_of_today()
    {
        (await app.CreateBrowser(AnalyticsTestData.UniqueBrowser()).GetAsync("/")).EnsureSuccessStatusCode();
        var today = await app.TodayAsync();
        var staff = await app.CreateStaffClientAsync();

        using var response = await staff.GetAsync("/admin/statistiky/navstevnost.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Den;Zobrazení stránek;Návštěvy", lines[0]);
        Assert.Equal(31, lines.Length);
        Assert.Equal($"{today.Date.Day}.{today.Date.Month}.{today.Date.Year};{today.Views};{today.Visits}", lines[^1]);
    }

    [Fact]
    public async Task The_top_pages_csv_lists_paths_with_their_views()
    {
        var browser = app.CreateBrowser(AnalyticsTestData.UniqueBrowser());
        (await browser.GetAsync("/uredni-deska")).EnsureSuccessStatusCode();
        var today = await app.TodayAsync("/uredni-deska");
        var staff = await app.CreateStaffClientAsync();

        var text = Encoding.UTF8.GetString(await staff.GetByteArrayAsync("/admin/statistiky/stranky.csv"));

        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Stránka;Zobrazení", lines[0]);
        Assert.Contains($"/uredni-deska;{today.PageViews}", lines);
    }

    [Fact]
    public async Task Staff_sign_ins_and_failed_attempts_of_today_are_counted_from_the_audit_log()
    {
        using var failed = await app.CreateClient().PostSignInAsync(PortalApp.AdminEmail, "spatne-heslo");
        var staff = await app.CreateStaffClientAsync();

        var text = Encoding.UTF8.GetString(await staff.GetByteArrayAsync("/admin/statistiky/prihlaseni.csv"));

        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Den;Přihlášení;Neúspěšné pokusy", lines[0]);
        var today = lines[^1].Split(';');
        Assert.True(int.Parse(today[1], CultureInfo.InvariantCulture) >= 1, lines[^1]);
        Assert.True(int.Parse(today[2], CultureInfo.InvariantCulture) >= 1, lines[^1]);
    }

    [Fact]
    public async Task An_unknown_export_is_not_found_and_anonymous_visitors_get_no_statistics()
    {
        var staff = await app.CreateStaffClientAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await staff.GetAsync("/admin/statistiky/hesla.csv")).StatusCode);

        using var anonymous = await app.CreateClient(allowAutoRedirect: false).GetAsync("/admin/statistiky/navstevnost.csv");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
