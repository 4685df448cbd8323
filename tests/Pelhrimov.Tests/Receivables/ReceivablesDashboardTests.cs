using System.Net;
using System.Text;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;
using Pelhrimov.Receivables.Statistics;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Receivables;

/// <summary>The "Pohledávky" section of the admin home and its CSV: due, paid and outstanding by month and by kind.</summary>
public sealed class ReceivablesDashboardTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task Months_and_kinds_add_up_known_receivables_without_cancelled_ones_old_ones_or_overpayments()
    {
        var staff = await app.CreateStaffClientAsync();
        var api = await app.ApiClientAsync();
        var today = CzechFormat.Today(TimeProvider.System);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        var kind = "Nájem z pozemku " + Guid.NewGuid().ToString("N")[..6];
        var monthsBefore = await CsvAsync(staff, "mesice");

        var a = await CreateAsync(api, kind, 1_000m, thisMonth);
        var b = await CreateAsync(api, kind, 500.50m, thisMonth.AddDays(1));
        await CreateAsync(api, kind, 1_200m, lastMonth.AddDays(14));
        await CreateAsync(api, kind, 999m, thisMonth, cancelled: true);
        await CreateAsync(api, kind, 300m, thisMonth.AddMonths(-12));
        (await api.PutPaymentAsync(a, "PL-1", 400m)).EnsureSuccessStatusCode();
        (await api.PutPaymentAsync(b, "PL-2", 600m)).EnsureSuccessStatusCode();

        var kinds = await CsvAsync(staff, "druhy");
        var months = await CsvAsync(staff, "mesice");

        Assert.Equal(["Druh", "Počet pohledávek", "Předepsáno (Kč)", "Zaplaceno (Kč)", "Zbývá zaplatit (Kč)"], kinds[0]);
        Assert.Equal([kind, "3", "2700,50", "900,50", "1800,00"], Assert.Single(kinds, r => r[0] == kind));
        Assert.Equal("Měsíc splatnosti", months[0][0]);
        Assert.Equal(13, months.Count);
        Assert.Equal(new object[] { 2, 1500.50m, 900.50m, 600m }, Delta(monthsBefore, months, ReceivableStatistics.MonthName(thisMonth)));
        Assert.Equal(new object[] { 1, 1200m, 0m, 1200m }, Delta(monthsBefore, months, ReceivableStatistics.MonthName(lastMonth)));
        Assert.Equal(new object[] { 0, 0m, 0m, 0m }, Delta(monthsBefore, months, ReceivableStatistics.MonthName(thisMonth.AddMonths(-11))));
        Assert.DoesNotContain(months, r => r[0] == ReceivableStatistics.MonthName(thisMonth.AddMonths(-12)));

        var home = await staff.GetHtmlAsync("/admin");
        var section = home.QuerySelector("section[aria-labelledby=statistiky-pohledavek]");
        Assert.NotNull(section);
        var chart = section.QuerySelector("svg[role=img]");
        Assert.NotNull(chart);
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.NotNull(chart.QuerySelector("desc"));
        var kindRow = section.QuerySelectorAll(".receivables-by-kind tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == kind);
        Assert.Equal(["3", CzechFormat.Money(2_700.50m), CzechFormat.Money(900.50m), CzechFormat.Money(1_800m)],
            kindRow.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        var monthRow = section.QuerySelectorAll(".receivables-by-month tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == ReceivableStatistics.MonthName(thisMonth));
        var csvMonth = months.Single(r => r[0] == ReceivableStatistics.MonthName(thisMonth));
        Assert.Equal(CzechFormat.Money(decimal.Parse(csvMonth[2], CzechFormat.Culture)), monthRow.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    [Fact]
    public async Task Only_staff_who_may_view_receivables_see_the_section_and_download_its_CSV()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);
        var clerkClient = await app.CreateStaffClientAsync(clerk.Email, clerk.Password);
        var editorClient = await app.CreateStaffClientAsync(editor.Email, editor.Password);

        using var allowed = await clerkClient.GetAsync(ReceivableStatisticsAdminCsv("druhy"));
        using var refused = await editorClient.GetAsync(ReceivableStatisticsAdminCsv("druhy"));
        using var anonymous = await app.CreateClient(allowAutoRedirect: false).GetAsync(ReceivableStatisticsAdminCsv("mesice"));
        using var unknown = await clerkClient.GetAsync(ReceivableStatisticsAdminCsv("neco"));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("text/csv", allowed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull((await clerkClient.GetHtmlAsync("/admin")).QuerySelector("section[aria-labelledby=statistiky-pohledavek]"));
        Assert.Null((await editorClient.GetHtmlAsync("/admin")).QuerySelector("section[aria-labelledby=statistiky-pohledavek]"));
    }

    private static string ReceivableStatisticsAdminCsv(string section) => "/admin/pohledavky/statistiky/" + section + ".csv";

    private static async Task<string> CreateAsync(HttpClient api, string kind, decimal amount, DateOnly due, bool cancelled = false)
    {
        var id = ReceivablesTesting.NewId("DASH");
        var body = ReceivablesTesting.Body(amount: amount, kind: kind, dueDate: due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        body["cancelled"] = cancelled;
        using var response = await api.PutReceivableAsync(id, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    /// <summary>The CSV's rows split into cells, after checking it is UTF-8 with a byte-order mark.</summary>
    internal static async Task<List<string[]>> CsvAsync(HttpClient staff, string section)
    {
        using var response = await staff.GetAsync(ReceivableStatisticsAdminCsv(section));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return [.. text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';'))];
    }

    private static object[] Delta(List<string[]> before, List<string[]> after, string month)
    {
        var b = before.Single(r => r[0] == month);
        var a = after.Single(r => r[0] == month);
        return
        [
            int.Parse(a[1], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(b[1], System.Globalization.CultureInfo.InvariantCulture),
            .. Enumerable.Range(2, 3).Select(i => (object)(decimal.Parse(a[i], CzechFormat.Culture) - decimal.Parse(b[i], CzechFormat.Culture))),
        ];
    }
}
