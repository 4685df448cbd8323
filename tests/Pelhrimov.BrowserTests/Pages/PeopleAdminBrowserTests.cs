using Pelhrimov.Tests.Infrastructure;

namespace Pelhrimov.BrowserTests.Pages;

/// <summary>The review queue with a real item in it: Josef Marek matches two persons of the sample register.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PeopleAdminBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_clerk_resolves_a_review_item_and_every_step_has_no_violations()
    {
        // The citizen signs in with eID in a browser of their own; the first sign-in (this one, or the watchdog
        // journey's when that ran first) puts Josef Marek in the review queue.
        await using (var citizen = await browser.OpenAsync("/prihlaseni"))
        {
            await CitizenSignInBrowserTests.SignInWithEidAsync(citizen.Page, browser.NiaAddress, "Josef Marek");
        }

        var context = await browser.NewContextAsync();
        await using var _ = context;
        var p = await context.NewPageAsync();
        await p.GotoAsync("/admin/prihlaseni");
        await p.GetByLabel("E-mail").FillAsync(PortalApp.AdminEmail);
        await p.GetByLabel("Heslo").FillAsync(PortalApp.AdminPassword);
        await p.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
        await p.WaitForURLAsync(url => !url.Contains("/admin/prihlaseni"));

        // The item appears once the sign-in's event has been handled.
        var item = p.Locator("section.review", new() { HasText = "Josef Marek" });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await p.GotoAsync("/admin/osoby/propojeni");
        }
        while (await item.CountAsync() == 0 && DateTime.UtcNow < deadline);
        await Assertions.Expect(item).ToContainTextAsync("OS-000007");
        await AxeAssert.NoViolationsAsync(p);

        await item.GetByRole(AriaRole.Button, new() { Name = "Propojit" }).ClickAsync();
        await Assertions.Expect(p.Locator(".error-summary")).ToContainTextAsync("Vyberte osobu");
        await AxeAssert.NoViolationsAsync(p);

        item = p.Locator("section.review", new() { HasText = "Josef Marek" });
        await item.GetByLabel("Vybrat osobu OS-000007").CheckAsync();
        await item.GetByRole(AriaRole.Button, new() { Name = "Propojit" }).ClickAsync();
        await Assertions.Expect(p.Locator("main")).ToContainTextAsync("propojený s osobou OS-000007");

        await p.GotoAsync("/admin/osoby?q=Marek");
        await Assertions.Expect(p.GetByRole(AriaRole.Button, new() { Name = "Odpojit" })).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(p);
    }
}
