using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Citizens;

/// <summary>Publishing a new consent version in the admin: validation, and every citizen agreeing again at the next sign-in.</summary>
public sealed class ConsentAdminTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task A_new_consent_version_is_asked_for_at_the_next_sign_in()
    {
        Assert.Equal("/muj-ucet", await EidSignIn.SignInAsync(app.CreateClient(allowAutoRedirect: false), "eva-kralova"));
        var staff = await app.CreateStaffClientAsync();

        using (var invalid = await AntiforgeryForm.PostAsync(staff, "/admin/souhlasy", new Dictionary<string, string?>
        {
            ["Input.Title"] = "",
            ["Input.Text"] = "Příliš krátké.",
        }, "main form"))
        {
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
            var html = await invalid.Content.ReadAsStringAsync();
            Assert.Contains("Zadejte nadpis souhlasu.", html);
            Assert.Contains("Text souhlasu musí mít 100 až 20 000 znaků.", html);
        }
        Assert.Equal(1, await VersionsAsync());

        var text = string.Join("\n\n", Enumerable.Repeat("Město Pelhřimov zpracovává údaje z Identity občana jen pro služby portálu.", 3));
        using (var published = await AntiforgeryForm.PostAsync(staff, "/admin/souhlasy", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Souhlas se zpracováním osobních údajů (2027)",
            ["Input.Text"] = text,
        }, "main form"))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
            Assert.Contains("Verze 2 je zveřejněná.", await published.Content.ReadAsStringAsync());
        }
        Assert.Equal(2, await VersionsAsync());

        var citizen = app.CreateClient(allowAutoRedirect: false);
        using var callback = await EidSignIn.CallbackAsync(citizen, "eva-kralova");
        using var consentPage = await citizen.GetAsync(callback.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, consentPage.StatusCode);
        var page = await consentPage.Content.ReadAsStringAsync();
        Assert.Contains("Souhlas se zpracováním osobních údajů (2027)", page);
        Assert.Contains("text souhlasu se zpracováním osobních údajů se změnil", page);
        using var agreed = await EidSignIn.AgreeAsync(citizen, callback.Headers.Location!.ToString());
        Assert.Equal("/muj-ucet", agreed.Headers.Location!.ToString());
        Assert.Contains("verze 2", await citizen.GetStringAsync("/muj-ucet"));
        Assert.NotEmpty(await EidSignIn.AuditAsync(app, "citizen.consent-published"));
    }

    [Fact]
    public async Task Only_administrators_manage_the_consent_text()
    {
        var editor = await app.CreateStaffAsync(Pelhrimov.Core.Security.StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(editor.Email, editor.Password);
        using var response = await client.GetAsync("/admin/souhlasy");
        Assert.Contains("/admin/pristup-odepren", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    private Task<int> VersionsAsync() =>
        app.InScopeAsync(s => s.GetRequiredService<CitizensDbContext>().ConsentVersions.CountAsync());
}
