using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Tests.Infrastructure;

namespace Pelhrimov.BrowserTests.Pages;

/// <summary>
/// The admin as an editor uses it: signed in through the real form (once, <see cref="BrowserFixture.StaffSessionAsync"/>),
/// every page checked for HTML conformance after its scripts ran and with axe, the editor enhanced with Trix.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminAccessibilityTests(BrowserFixture browser)
{
    private async Task<IPage> SignedInPageAsync()
    {
        var context = await browser.NewContextAsync(storageState: await browser.StaffSessionAsync());
        return await context.NewPageAsync();
    }

    [Theory]
    [MemberData(nameof(AdminPages.Urls), MemberType = typeof(AdminPages))]
    public async Task Admin_page_has_no_WCAG_2_1_AA_violations_and_is_conforming_HTML_after_its_scripts_ran(string url)
    {
        await using var visit = await browser.VisitAsync(url, asStaff: true);
        var page = visit.Page;

        Assert.Equal(200, visit.Status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await DomAssert.ConformsAsync(page);
        await AxeAssert.NoViolationsAsync(page);
    }

    [Fact]
    public async Task The_dashboard_with_a_search_that_found_nothing_and_its_tables_open_has_no_violations()
    {
        var page = await SignedInPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/hledat?q=zzzbezvysledku");

        await page.GotoAsync("/admin");
        var section = page.Locator("section[aria-labelledby='unanswered-searches']");
        await Assertions.Expect(section.Locator("svg[role='img']")).ToBeVisibleAsync();
        // Every section's table open, as a member of staff reading them would have it.
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
        await Assertions.Expect(section.Locator("table")).ToContainTextAsync("zzzbezvysledku");
        await AxeAssert.NoViolationsAsync(page);
    }

    [Fact]
    public async Task A_thesaurus_entry_with_the_searches_it_changes_has_no_violations()
    {
        var page = await SignedInPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/hledat?q=ob%C4%8Danka");
        await browser.App.Services.GetRequiredService<Pelhrimov.Search.Services.SearchQueryLog>().WriteAsync();

        await page.GotoAsync("/admin/vyhledavani/tezaurus?hledat=obcanka");
        await page.GetByRole(AriaRole.Link, new() { Name = "Upravit položku občanka, OP, obč. průkaz, občanskej průkaz, občanskej", Exact = true }).ClickAsync();
        var table = page.Locator("table");
        await Assertions.Expect(table).ToContainTextAsync("obcanka");
        await DomAssert.ConformsAsync(page);
        await AxeAssert.NoViolationsAsync(page);
    }

    [Fact]
    public async Task The_content_editor_and_its_error_summary_have_no_violations()
    {
        var page = await SignedInPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/admin/obsah/novy/Article");

        await page.GetByRole(AriaRole.Button, new() { Name = "Uložit koncept" }).ClickAsync();

        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        Assert.Contains("Zadejte název.", await page.Locator(".error-summary").InnerTextAsync());
        await AxeAssert.NoViolationsAsync(page);
    }

    [Fact]
    public async Task An_editor_writes_an_article_in_the_rich_text_editor_and_publishes_it()
    {
        var page = await SignedInPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/admin/obsah/novy/Article");

        await page.GetByLabel("Název", new() { Exact = true }).FillAsync("Článek z prohlížeče");
        await page.GetByLabel("Perex").FillAsync("Krátké shrnutí napsané v testu.");
        await page.GetByLabel("Rubrika").SelectOptionAsync("Kultura");
        var editor = page.Locator("trix-editor").First;
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Text napsaný v editoru.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uložit a zveřejnit" }).ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/admin/obsah/[0-9a-f-]{36}$"));

        await page.GotoAsync("/aktuality/clanek-z-prohlizece");
        Assert.Equal("Článek z prohlížeče", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("Text napsaný v editoru.", await page.Locator(".rich-text").InnerTextAsync());
    }

    [Fact]
    public async Task Creating_an_api_client_shows_errors_then_the_secret_once_then_the_detail_without_violations()
    {
        var page = await SignedInPageAsync();
        await using var _ = page.Context;
        await page.GotoAsync("/admin/api-klienti/novy");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vytvořit klienta" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        Assert.Contains("Vyberte alespoň jeden rozsah přístupu.", await page.Locator(".error-summary").InnerTextAsync());
        await AxeAssert.NoViolationsAsync(page);

        await page.GetByLabel("Název", new() { Exact = true }).FillAsync("Ekonomický systém");
        await page.GetByLabel("Stav portálu").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vytvořit klienta" }).ClickAsync();
        await Assertions.Expect(page.Locator(".client-secret")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Pokračovat na detail klienta" }).ClickAsync();
        await Assertions.Expect(page.Locator(".client-state")).ToHaveTextAsync("Povolený");
        Assert.Equal(0, await page.Locator(".client-secret").CountAsync());
        await AxeAssert.NoViolationsAsync(page);
    }
}
