using System.Text.RegularExpressions;

namespace Pelhrimov.BrowserTests;

/// <summary>A citizen's whole eID sign-in in a real browser, as a newcomer does it against the simulator, with axe on each step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenSignInBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_citizen_signs_in_with_eID_agrees_sees_the_profile_and_signs_out()
    {
        await using var page = await browser.OpenAsync("/");
        var p = page.Page;

        await p.GetByRole(AriaRole.Link, new() { Name = "Přihlásit se", Exact = true }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/prihlaseni$"));
        await p.GetByRole(AriaRole.Link, new() { Name = "Přihlásit se přes Identitu občana" }).ClickAsync();

        // The simulator's persona page (NIA's own page in production).
        await p.WaitForURLAsync(new Regex("/nia-simulator/FPSTS/oidc/authorize"));
        await p.GetByLabel("Eva Králová").CheckAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se a poskytnout údaje" }).ClickAsync();

        // First sign-in: consent, with an error when the box is left unticked.
        await p.WaitForURLAsync(new Regex("/prihlaseni/dokonceni"));
        await AxeAssert.NoViolationsAsync(p);
        await p.GetByRole(AriaRole.Button, new() { Name = "Souhlasím a založit účet" }).ClickAsync();
        await Assertions.Expect(p.Locator(".error-summary")).ToContainTextAsync("Bez souhlasu");
        await AxeAssert.NoViolationsAsync(p);
        await p.Locator("#Input_Agree").CheckAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Souhlasím a založit účet" }).ClickAsync();

        await p.WaitForURLAsync(new Regex("/muj-ucet$"));
        await Assertions.Expect(p.Locator("main")).ToContainTextAsync("Eva Králová");
        await Assertions.Expect(p.Locator("main")).ToContainTextAsync("Znojemská 4426/56, 586 01 Jihlava");
        await Assertions.Expect(p.Locator(".account-nav")).ToContainTextAsync("Eva Králová");
        await AxeAssert.NoViolationsAsync(p);

        await p.GotoAsync("/muj-ucet/zrusit");
        await AxeAssert.NoViolationsAsync(p);
        await p.GotoAsync("/muj-portal");
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Můj portál");
        await AxeAssert.NoViolationsAsync(p);
        await p.GotoAsync("/odhlaseni");
        await AxeAssert.NoViolationsAsync(p);

        await p.Locator(".account-nav").GetByRole(AriaRole.Button, new() { Name = "Odhlásit se" }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/odhlaseni/hotovo$"));
        await Assertions.Expect(p.Locator(".account-nav")).ToContainTextAsync("Přihlásit se");
        Assert.Empty(page.Problems);
    }
}
