using Pelhrimov.Tests.Infrastructure;

namespace Pelhrimov.BrowserTests.Pages;

/// <summary>The API clients admin in the browser: the form with its errors, the once-shown secret, the detail page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiClientsAccessibilityTests(BrowserFixture browser)
{
    [Fact]
    public async Task Creating_a_client_shows_errors_then_the_secret_then_the_detail_without_violations()
    {
        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/prihlaseni");
        await page.GetByLabel("E-mail").FillAsync(PortalApp.AdminEmail);
        await page.GetByLabel("Heslo").FillAsync(PortalApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/admin/prihlaseni"));
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
