using System.Net;
using System.Text;

namespace Pelhrimov.Tests.Citizens;

/// <summary>The citizens' sections of the admin dashboard: real counts of sign-ins by method and level, and identified citizens.</summary>
/// <remarks>Each test has an app of its own: the counts must not depend on what another test signed in.</remarks>
public sealed class CitizenStatisticsTests
{
    [Fact]
    public async Task Sign_ins_by_method_and_level_and_identified_citizens_are_counted_and_exported()
    {
        await using var app = await PortalApp.StartAsync();
        await EidSignIn.SignInAsync(app.CreateClient(allowAutoRedirect: false), "jan-novak");        // high
        await EidSignIn.SignInAsync(app.CreateClient(allowAutoRedirect: false), "marie-svobodova");  // substantial
        await EidSignIn.SignInAsync(app.CreateClient(allowAutoRedirect: false), "marie-svobodova");  // substantial again

        var staff = await app.CreateStaffClientAsync();
        var dashboard = await staff.GetStringAsync("/admin");
        Assert.Contains("Přihlášení občanů", dashboard);
        Assert.Contains("3 přihlášení přes eID (úroveň vysoká 1, značná 2, nízká 0)", dashboard);
        Assert.Contains("Identifikovaní občané", dashboard);
        Assert.Contains("Na konci období 2\u00A0občané s účtem ověřeným přes eID", dashboard);

        using var csv = await staff.GetAsync("/admin/obcane/statistiky/prihlaseni.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("eID vysoká", text);
        var today = text.Split('\n').Last(l => l.Trim().Length > 0).Trim();
        Assert.EndsWith(";3;1;2;0;0", today);
        Assert.DoesNotContain("Svobodov", text);

        using var identified = await staff.GetAsync("/admin/obcane/statistiky/identifikovani.csv");
        Assert.EndsWith(";2", (await identified.Content.ReadAsStringAsync()).Trim().Split('\n')[^1].Trim());
    }

    [Fact]
    public async Task A_citizen_cannot_read_the_statistics()
    {
        await using var app = await PortalApp.StartAsync();
        var citizen = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(citizen, "josef-marek");
        using var response = await citizen.GetAsync("/admin/obcane/statistiky/prihlaseni.csv");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/prihlaseni", response.Headers.Location!.PathAndQuery);
    }
}
