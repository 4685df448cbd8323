using System.Net;
using System.Net.Http.Json;
using Pelhrimov.Core.Security;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Receivables;

[Collection(PortalCollection.Name)]
public sealed class ReceivablesAdminTests(PortalApp app)
{
    [Fact]
    public async Task The_overview_totals_receivables_by_kind_and_period_without_the_cancelled()
    {
        var http = await app.ApiClientAsync();
        var kind = "Zábor veřejného prostranství " + Guid.NewGuid().ToString("N")[..6];
        var ids = Enumerable.Range(0, 4).Select(_ => ReceivablesTesting.NewId("Z")).ToList();
        var items = new List<Dictionary<string, object?>>();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var item = ReceivablesTesting.Body(kind: kind, amount: 1_000.50m, period: i < 3 ? "2026" : "2025");
            item["id"] = id;
            item["cancelled"] = i == 2;
            items.Add(item);
        }
        (await http.PostAsJsonAsync(ReceivablesTesting.Api + "/davka", new { items })).Dispose();
        (await http.PutPaymentAsync(ids[0], "PL-1", 250m)).Dispose();
        var staff = await app.CreateStaffClientAsync();

        var page = await staff.GetHtmlAsync("/admin/pohledavky?druh=" + Uri.EscapeDataString(kind));

        var rows = page.QuerySelectorAll(".receivable-totals tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal([kind, "2026", "2", "2\u00A0001\u00A0Kč", "250\u00A0Kč", "1\u00A0751\u00A0Kč"], rows[0]);
        Assert.Equal([kind, "2025", "1", "1\u00A0000,50\u00A0Kč", "0\u00A0Kč", "1\u00A0000,50\u00A0Kč"], rows[1]);
        Assert.Equal(3, page.QuerySelectorAll(".receivable-latest tbody tr").Length);
    }

    [Fact]
    public async Task A_clerk_sees_the_overview_and_an_editor_is_refused()
    {
        var clerk = await app.CreateStaffAsync(StaffRoles.Clerk);
        var editor = await app.CreateStaffAsync(StaffRoles.Editor);

        using var allowed = await (await app.CreateStaffClientAsync(clerk.Email, clerk.Password)).GetAsync("/admin/pohledavky");
        using var refused = await (await app.CreateStaffClientAsync(editor.Email, editor.Password)).GetAsync("/admin/pohledavky");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
