using System.Text.RegularExpressions;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// The citizen's payment pages in a real browser, with axe: Jan Novák signs in with eID, the People module links him to
/// the sample person <c>OS-000001</c> (whose sample receivables are open, partially paid, overdue and paid).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReceivablesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_payment_list_its_filter_a_detail_with_QR_and_the_card_have_no_axe_violations()
    {
        await using var page = await browser.OpenAsync("/prihlaseni");
        var p = page.Page;
        await p.GetByRole(AriaRole.Link, new() { Name = "Přihlásit se přes Identitu občana" }).ClickAsync();
        await p.WaitForURLAsync(u => u.StartsWith(browser.NiaAddress + "FPSTS/oidc/authorize", StringComparison.OrdinalIgnoreCase));
        await p.GetByLabel("Jan Novák").CheckAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se a poskytnout údaje" }).ClickAsync();
        await p.WaitForURLAsync(new Regex("/prihlaseni/dokonceni|/muj-ucet$"));
        if (p.Url.Contains("/prihlaseni/dokonceni", StringComparison.Ordinal))
        {
            await p.Locator("#Input_Agree").CheckAsync();
            await p.GetByRole(AriaRole.Button, new() { Name = "Souhlasím a založit účet" }).ClickAsync();
        }
        await p.WaitForURLAsync(new Regex("/muj-ucet$"));

        // The link is made by an event handler right after the sign-in: load the list until it shows his receivables.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await p.GotoAsync("/muj-portal/platby");
        }
        while (await p.Locator(".payments-outstanding").CountAsync() == 0 && DateTime.UtcNow < deadline);
        await Assertions.Expect(p.Locator(".payments-outstanding tbody tr")).ToHaveCountAsync(3);
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByLabel("Druh").SelectOptionAsync("Nájemné");
        await p.GetByRole(AriaRole.Button, new() { Name = "Zobrazit" }).ClickAsync();
        await Assertions.Expect(p.Locator(".payments-outstanding tbody tr")).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByRole(AriaRole.Link, new() { Name = "Nájemné" }).ClickAsync();
        await Assertions.Expect(p.Locator(".payment-vs")).ToHaveTextAsync("3612000012");
        await Assertions.Expect(p.Locator(".qr-platba img")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(p);

        await p.GotoAsync("/muj-portal");
        await Assertions.Expect(p.Locator(".citizen-area__card", new() { HasText = "K zaplacení" })).ToContainTextAsync("Po splatnosti: 1");
        await AxeAssert.NoViolationsAsync(p);
        Assert.Empty(page.Problems);
    }
}
