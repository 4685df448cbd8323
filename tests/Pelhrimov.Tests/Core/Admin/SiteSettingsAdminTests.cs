using System.Net;

namespace Pelhrimov.Tests.Core.Admin;

/// <summary>Editors change the town's details in the admin; the public footer follows at once.</summary>
public sealed class SiteSettingsAdminTests(PortalApp app) : IClassFixture<PortalApp>
{
    private const string SettingsForm = "form[action='/admin/nastaveni']";

    [Fact]
    public async Task An_invalid_ICO_gets_a_Czech_message_and_nothing_is_saved()
    {
        var staff = await app.CreateStaffClientAsync();

        using var response = await AntiforgeryForm.PostAsync(staff, "/admin/nastaveni", new Dictionary<string, string?> { ["IcoNumber"] = "00248802", ["Phone"] = "+420 111 222 333" }, SettingsForm);

        var page = await response.ReadHtmlAsync();
        Assert.Contains("IČO musí mít 8 číslic a platnou kontrolní číslici", page.QuerySelector("#IcoNumber-error")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#IcoNumber']"));
        var footer = await app.CreateClient().GetHtmlAsync("/");
        Assert.DoesNotContain("+420 111 222 333", footer.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public async Task Saved_contacts_appear_in_the_public_footer_at_once()
    {
        var reader = app.CreateClient();
        await reader.GetHtmlAsync("/");
        var staff = await app.CreateStaffClientAsync();

        using var response = await AntiforgeryForm.PostAsync(staff, "/admin/nastaveni", new Dictionary<string, string?> { ["Phone"] = "+420 565 999 999" }, SettingsForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var footer = await reader.GetHtmlAsync("/");
        Assert.Contains("+420 565 999 999", footer.QuerySelector("footer")!.TextContent.Replace('\u00A0', ' '));
    }
}
