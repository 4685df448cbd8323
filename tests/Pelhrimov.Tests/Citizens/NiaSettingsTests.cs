using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Pelhrimov.Tests.Citizens;

/// <summary>The <c>Nia</c> settings checked at start: a wrong one never takes unrelated pages down; configured claims replace the defaults.</summary>
[SameOnEveryDatabase]
public sealed class NiaSettingsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_plain_http_authority_without_the_flag_switches_eID_off_and_every_other_page_keeps_working()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["Nia:Authority"] = "http://nia.pelhrimov.example" },
        });
        var client = app.CreateClient(allowAutoRedirect: false);

        foreach (var url in new[] { "/", "/health", "/aktuality", "/prihlaseni" })
        {
            using var response = await client.GetAsync(url, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
        var signIn = await client.GetHtmlAsync("/prihlaseni", Cancel);
        Assert.Contains("Přihlášení přes Identitu občana je teď vypnuté", signIn.QuerySelector("main")!.TextContent);
        Assert.Null(signIn.QuerySelector("a[href^='/prihlaseni/eid']"));

        using var eid = await client.GetAsync("/prihlaseni/eid", Cancel);
        Assert.Equal("/prihlaseni/chyba/nenastaveno", eid.Headers.Location!.ToString());
    }

    [Fact]
    public async Task In_Production_a_plain_http_authority_without_the_flag_stops_the_start_with_the_reason()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings =
            {
                ["environment"] = "Production",
                ["App:PublicUrl"] = "https://portal.pelhrimov.example/",
                ["Nia:Authority"] = "http://nia.pelhrimov.example",
            },
        }));
        Assert.Contains("uses plain HTTP", failure.ToString());
        Assert.Contains("Nia:RequireHttpsMetadata=false", failure.ToString());
    }

    [Fact]
    public async Task Configured_claims_replace_the_built_in_list()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["Nia:Claims:0"] = "PersonIdentifier", ["Nia:Claims:1"] = "CurrentFamilyName" },
        });

        Assert.Equal(["PersonIdentifier", "CurrentFamilyName"], await RequestedClaimsAsync(app));
    }

    [Fact]
    public async Task Claims_without_PersonIdentifier_switch_eID_off()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings = { ["Nia:Claims:0"] = "CurrentFamilyName" },
        });

        using var eid = await app.CreateClient(allowAutoRedirect: false).GetAsync("/prihlaseni/eid", Cancel);
        Assert.Equal("/prihlaseni/chyba/nenastaveno", eid.Headers.Location!.ToString());
    }

    private static async Task<List<string>> RequestedClaimsAsync(PortalApp app)
    {
        using var start = await app.CreateClient(allowAutoRedirect: false).GetAsync("/prihlaseni/eid", Cancel);
        var query = QueryHelpers.ParseQuery(start.Headers.Location!.Query);
        using var claims = System.Text.Json.JsonDocument.Parse(query["claims"].ToString());
        return claims.RootElement.GetProperty("id_token").EnumerateObject().Select(p => p.Name).ToList();
    }
}
