using System.Net;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// The watchdog in a real browser: Josef Marek signs in with eID, adds an event (first with a mistake), edits and deletes
/// it, and asks for the calendar address; every page on the way passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WatchdogBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_citizen_walks_the_watchdog_pages_with_no_axe_violations()
    {
        await using var page = await browser.OpenAsync("/prihlaseni");
        var p = page.Page;
        await CitizenSignInBrowserTests.SignInWithEidAsync(p, browser.NiaAddress, "Josef Marek");

        await p.GotoAsync("/muj-portal");
        await p.Locator(".citizen-area__card").GetByRole(AriaRole.Link, new() { Name = "Hlídací pes" }).ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Hlídací pes");
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByRole(AriaRole.Link, new() { Name = "Přidat událost" }).ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Nová událost");
        await AxeAssert.NoViolationsAsync(p);
        await p.GetByLabel("Co chcete hlídat").FillAsync("Platnost řidičského průkazu");
        await p.GetByLabel("Datum").FillAsync("31. 2. 2030");
        await p.GetByRole(AriaRole.Button, new() { Name = "Uložit" }).ClickAsync();
        await Assertions.Expect(p.Locator(".error-summary")).ToContainTextAsync("Zadejte skutečné datum");
        await Assertions.Expect(p.Locator(".error-summary")).ToBeFocusedAsync();
        await AxeAssert.NoViolationsAsync(p);

        await p.GetByLabel("Datum").FillAsync("15. 3. 2030");
        await p.GetByLabel("Kolik dní předem připomenout").FillAsync("30");
        await p.GetByRole(AriaRole.Button, new() { Name = "Uložit" }).ClickAsync();
        var row = p.Locator("table.watchdog tbody tr", new() { HasText = "Platnost řidičského průkazu" });
        await Assertions.Expect(row).ToContainTextAsync("15.\u00A03.\u00A02030");
        await Assertions.Expect(row).ToContainTextAsync("30\u00A0dní předem");

        await row.Locator("a[href$='/upravit']").ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Upravit událost");
        await p.GetByLabel("Opakovat každý rok").CheckAsync();
        await p.GetByRole(AriaRole.Button, new() { Name = "Uložit" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Každý rok");

        await p.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz na kalendář" }).ClickAsync();
        await Assertions.Expect(p.Locator(".notice--success")).ToContainTextAsync("Vygenerovali jsme novou adresu");
        var feed = new Uri(await p.Locator("#feed-url").InputValueAsync());
        await Assertions.Expect(p.GetByRole(AriaRole.Button, new() { Name = "Zkopírovat" })).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(p);
        using (var response = await browser.App.CreateClient().GetAsync(feed.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("SUMMARY:Platnost řidičského průkazu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await row.Locator("a[href$='/smazat']").ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Smazat událost");
        await AxeAssert.NoViolationsAsync(p);
        await p.GetByRole(AriaRole.Button, new() { Name = "Smazat" }).ClickAsync();
        await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Hlídací pes");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        Assert.Empty(page.Problems);
    }
}
