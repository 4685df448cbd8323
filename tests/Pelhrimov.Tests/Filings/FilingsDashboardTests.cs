using System.Net;
using System.Text;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Filings;

/// <summary>The "Podání" section of the admin home and its CSV: filings by status and open filings by age.</summary>
public sealed class FilingsDashboardTests(PortalApp app) : IClassFixture<PortalApp>
{
    private static readonly string[] AgeLabels = ["méně než 7 dní", "7–29 dní", "30–59 dní", "60 a více dní"];

    [Fact]
    public async Task Known_filings_are_counted_by_status_and_open_ones_by_age_in_the_section_and_its_CSV()
    {
        var staff = await app.CreateStaffClientAsync();
        var records = await RecordsSystem.ConnectAsync(app);
        var statusBefore = await CsvAsync(staff, "stav");
        var ageBefore = await CsvAsync(staff, "stari");
        var person = "OS-0" + Random.Shared.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ids = new List<string>();
        foreach (var days in new[] { 3, 10, 45, 90, 100 })
        {
            var id = "PD-" + Guid.NewGuid().ToString("N")[..10];
            await records.CreateAsync(id, person, submittedAt: DateTimeOffset.UtcNow.AddDays(-days).ToString("o", System.Globalization.CultureInfo.InvariantCulture));
            ids.Add(id);
        }
        await records.ChangeAsync(ids[1], "v-reseni");
        await records.ChangeAsync(ids[4], "vyrizeno");

        var statusAfter = await CsvAsync(staff, "stav");
        var ageAfter = await CsvAsync(staff, "stari");

        Assert.Equal(["Stav", "Počet podání"], statusAfter[0]);
        Assert.Equal(["přijato", "v řešení", "čeká na doplnění", "vyřízeno", "zamítnuto"], statusAfter.Skip(1).Select(r => r[0]));
        Assert.Equal([3, 1, 0, 1, 0], Delta(statusBefore, statusAfter));
        Assert.Equal(["Doba od podání", "Otevřená podání"], ageAfter[0]);
        Assert.Equal(AgeLabels, ageAfter.Skip(1).Select(r => r[0]));
        Assert.Equal([1, 1, 1, 1], Delta(ageBefore, ageAfter));

        var home = await staff.GetHtmlAsync("/admin");
        var section = home.QuerySelector("section[aria-labelledby=statistiky-podani]");
        Assert.NotNull(section);
        Assert.Equal(2, section.QuerySelectorAll("svg[role=img]").Length);
        Assert.Equal(ageAfter.Skip(1).Select(r => r[1]),
            section.QuerySelectorAll(".filings-by-age tbody td").Select(c => c.TextContent.Trim().Replace("\u00A0", "", StringComparison.Ordinal)));
        Assert.Equal(statusAfter.Skip(1).Select(r => r[1]),
            section.QuerySelectorAll(".filings-by-status tbody td").Select(c => c.TextContent.Trim().Replace("\u00A0", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_staff_who_handle_filings_see_the_section_and_download_its_CSV()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);
        var clerkClient = await app.CreateStaffClientAsync(clerk.Email, clerk.Password);
        var editorClient = await app.CreateStaffClientAsync(editor.Email, editor.Password);

        using var allowed = await clerkClient.GetAsync("/admin/podani/statistiky/stari.csv");
        using var refused = await editorClient.GetAsync("/admin/podani/statistiky/stari.csv");
        using var unknown = await clerkClient.GetAsync("/admin/podani/statistiky/neco.csv");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull((await clerkClient.GetHtmlAsync("/admin")).QuerySelector("section[aria-labelledby=statistiky-podani]"));
        Assert.Null((await editorClient.GetHtmlAsync("/admin")).QuerySelector("section[aria-labelledby=statistiky-podani]"));
    }

    private static async Task<List<string[]>> CsvAsync(HttpClient staff, string section)
    {
        using var response = await staff.GetAsync("/admin/podani/statistiky/" + section + ".csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return [.. Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';'))];
    }

    private static int[] Delta(List<string[]> before, List<string[]> after) =>
        [.. after.Skip(1).Zip(before.Skip(1), (a, b) => int.Parse(a[1], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(b[1], System.Globalization.CultureInfo.InvariantCulture))];
}
