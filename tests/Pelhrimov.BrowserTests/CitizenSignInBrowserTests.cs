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

    [Fact]
    public async Task Signing_out_reaches_NIA_on_its_own_origin_so_the_next_eID_sign_in_asks_who_you_are()
    {
        await using var page = await browser.OpenAsync("/prihlaseni");
        var p = page.Page;
        var nia = browser.NiaAddress;

        await SignInWithEidAsync(p, nia, "Marie Svobodová");

        // The portal's own CSP (form-action 'self') must not stop the way to NIA's end-session on another origin.
        var endSession = p.WaitForRequestAsync(
            r => r.Url.StartsWith(nia + "FPSTS/oidc/endsession", StringComparison.OrdinalIgnoreCase),
            new() { Timeout = 15_000 });
        await p.Locator(".account-nav").GetByRole(AriaRole.Button, new() { Name = "Odhlásit se" }).ClickAsync();
        await endSession;
        await p.WaitForURLAsync(browser.App.BaseAddress + "odhlaseni/hotovo");
        await Assertions.Expect(p.Locator(".account-nav")).ToContainTextAsync("Přihlásit se");

        // NIA's session is over: the next sign-in asks again instead of offering the last person.
        await p.GotoAsync("/prihlaseni");
        await p.GetByRole(AriaRole.Link, new() { Name = "Přihlásit se přes Identitu občana" }).ClickAsync();
        await p.WaitForURLAsync(u => u.StartsWith(nia + "FPSTS/oidc/authorize", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(p.GetByLabel("Marie Svobodová")).Not.ToBeCheckedAsync();
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task The_page_that_leads_to_NIAs_sign_out_has_no_axe_violations()
    {
        await using var page = await browser.OpenAsync("/prihlaseni");
        var p = page.Page;
        await p.RouteAsync(new Regex("/FPSTS/oidc/endsession"), route => route.FulfillAsync(new() { Status = 204 }));
        await SignInWithEidAsync(p, browser.NiaAddress, "Jan Novák");

        // NIA answers nothing (204), so the browser stays on the portal's page and axe can look at it.
        await p.Locator(".account-nav").GetByRole(AriaRole.Button, new() { Name = "Odhlásit se" }).ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Odhlašujeme vás také z Identity občana");
        await AxeAssert.NoViolationsAsync(p);
    }

    /// <summary>From <c>/prihlaseni</c> through NIA's page at <paramref name="nia"/> as <paramref name="persona"/> to <c>/muj-ucet</c>,
    /// agreeing to the consent at a first sign-in.</summary>
    internal static async Task SignInWithEidAsync(IPage p, string nia, string persona)
    {
        await p.GetByRole(AriaRole.Link, new() { Name = "Přihlásit se přes Identitu občana" }).ClickAsync();
        await p.WaitForURLAsync(u => u.StartsWith(nia + "FPSTS/oidc/authorize", StringComparison.OrdinalIgnoreCase));
        await p.GetByLabel(persona).CheckAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se a poskytnout údaje" }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/prihlaseni/dokonceni|/muj-ucet$"));
        if (p.Url.Contains("/prihlaseni/dokonceni", StringComparison.Ordinal))
        {
            await p.Locator("#Input_Agree").CheckAsync();
            await p.GetByRole(AriaRole.Button, new() { Name = "Souhlasím a založit účet" }).ClickAsync();
        }
        await p.WaitForURLAsync(new Regex("/muj-ucet$"));
    }
}
