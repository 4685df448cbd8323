namespace Pelhrimov.Tests.Content;

/// <summary>Editors change the public menus as lines of text.</summary>
public sealed class MenuAdminTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task A_saved_main_menu_is_shown_on_public_pages_at_once()
    {
        var reader = app.CreateClient();
        await reader.GetHtmlAsync("/");
        var staff = await app.CreateStaffClientAsync();

        using var response = await AntiforgeryForm.PostAsync(staff, "/admin/menu",
            new Dictionary<string, string?> { ["odkazy-main"] = "Aktuality | /aktuality\nParkování | /parkovani" }, "form[action='/admin/menu/main']");

        var page = await reader.GetHtmlAsync("/");
        var links = page.QuerySelectorAll("nav[aria-label='Hlavní navigace'] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Aktuality", "Parkování"], links);
    }

    [Fact]
    public async Task A_line_without_an_address_is_refused_and_the_menu_stays_as_it_was()
    {
        var staff = await app.CreateStaffClientAsync();
        var before = (await app.CreateClient().GetHtmlAsync("/")).QuerySelectorAll("footer a").Length;

        using var response = await AntiforgeryForm.PostAsync(staff, "/admin/menu",
            new Dictionary<string, string?> { ["odkazy-footer"] = "Kontakty | /kontakty\nRozbitý řádek\nZlo | javascript:alert(1)" }, "form[action='/admin/menu/footer']");

        var page = await response.ReadHtmlAsync();
        Assert.Contains("Řádek 2", page.QuerySelector(".field-error")!.TextContent);
        Assert.Equal(before, (await app.CreateClient().GetHtmlAsync("/")).QuerySelectorAll("footer a").Length);
    }
}
