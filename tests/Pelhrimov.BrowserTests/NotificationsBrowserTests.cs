using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// The notification pages in a real browser: a citizen reads and archives a message in the inbox, sets how often the
/// watchdog's e-mails come and looks at the delivery of their e-mails; an editor edits a
/// template (a Liquid error, a preview, a save as a new version) and looks at the sent messages; every page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationsBrowserTests(BrowserFixture browser)
{
    private const string Password = "Zkouska-Heslo-2026!Obcan";

    [Fact]
    public async Task The_inbox_and_the_template_editor_work_and_have_no_axe_violations()
    {
        var email = $"schranka-{Guid.NewGuid():N}@example.cz";
        var accountId = await CitizenAsync(email);
        await SendAsync(accountId, "Poplatek za komunální odpad 2027");
        await SendAsync(accountId, "Poplatek ze psů 2027");

        await using (var citizen = await browser.OpenAsync("/prihlaseni"))
        {
            var p = citizen.Page;
            await p.Locator("#Input_Email").FillAsync(email);
            await p.Locator("#Input_Password").FillAsync(Password);
            await p.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se", Exact = true }).ClickAsync();
            await p.WaitForURLAsync(url => !url.Contains("/prihlaseni", StringComparison.Ordinal));

            await p.GotoAsync("/muj-portal");
            await Assertions.Expect(p.Locator(".citizen-area")).ToContainTextAsync("Máte 2 nepřečtené zprávy.");
            await AxeAssert.NoViolationsAsync(p);
            await p.Locator(".notifications-link").ClickAsync();
            await Assertions.Expect(p.Locator(".notification-list li")).ToHaveCountAsync(2);
            await AxeAssert.NoViolationsAsync(p);

            await p.GetByRole(AriaRole.Link, new() { Name = "Připomínka: Poplatek ze psů 2027 do 31. 3. 2027" }).ClickAsync();
            await Assertions.Expect(p.Locator(".notification-text")).ToContainTextAsync("1 500 Kč");
            await Assertions.Expect(p.Locator(".notifications-link")).ToContainTextAsync("nepřečtených: 1");
            await AxeAssert.NoViolationsAsync(p);
            await p.GetByRole(AriaRole.Button, new() { Name = "Přesunout do archivu" }).ClickAsync();
            await Assertions.Expect(p.Locator(".notice--success")).ToHaveTextAsync("Zpráva je v archivu.");
            await Assertions.Expect(p.Locator(".notification-list li")).ToHaveCountAsync(1);
            await p.GetByRole(AriaRole.Link, new() { Name = "Archiv" }).ClickAsync();
            await Assertions.Expect(p.Locator(".notification-list")).ToContainTextAsync("Poplatek ze psů 2027");
            await AxeAssert.NoViolationsAsync(p);

            await p.GotoAsync("/muj-ucet/oznameni");
            await AxeAssert.NoViolationsAsync(p);
            var watchdog = p.Locator("fieldset", new() { HasText = "Hlídací pes: připomínka" });
            await watchdog.GetByLabel("Jak často e-mailem").SelectOptionAsync("WeeklyDigest");
            await p.GetByRole(AriaRole.Button, new() { Name = "Uložit nastavení" }).ClickAsync();
            await Assertions.Expect(p.Locator(".notice--success")).ToHaveTextAsync("Nastavení oznámení jsme uložili.");
            await Assertions.Expect(watchdog.GetByLabel("Jak často e-mailem")).ToHaveValueAsync("WeeklyDigest");
            await AxeAssert.NoViolationsAsync(p);

            await p.GotoAsync("/muj-portal/oznameni/doruceni");
            await Assertions.Expect(p.Locator("h1")).ToHaveTextAsync("Doručení e-mailů a SMS");
            await AxeAssert.NoViolationsAsync(p);
            Assert.Empty(citizen.Problems);
        }

        await using var staff = await browser.OpenAsync("/admin/prihlaseni");
        var s = staff.Page;
        await s.GetByLabel("E-mail").FillAsync(PortalApp.AdminEmail);
        await s.GetByLabel("Heslo").FillAsync(PortalApp.AdminPassword);
        await s.Keyboard.PressAsync("Enter");
        await s.WaitForURLAsync(url => !url.Contains("/admin/prihlaseni", StringComparison.Ordinal));

        await s.GotoAsync("/admin/oznameni/sablony");
        await AxeAssert.NoViolationsAsync(s);
        await s.GetByRole(AriaRole.Link, new() { Name = "Hlídací pes: připomínka" }).ClickAsync();
        await AxeAssert.NoViolationsAsync(s);

        var html = s.GetByLabel("Text ve formátu HTML");
        await html.FillAsync("<p>{{ title }}</p>\n<p>{% if days_left %}Zbývá {{ days_left }} dní.</p>");
        await s.GetByRole(AriaRole.Button, new() { Name = "Náhled" }).ClickAsync();
        await Assertions.Expect(s.Locator("#HtmlBody-error")).ToContainTextAsync("na řádku 2");
        await Assertions.Expect(s.Locator(".template-preview")).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(s);

        await html.FillAsync("<p>{{ title }}</p>\n<p>{% if days_left %}Zbývá {{ days_left }} dní.{% endif %}</p>");
        await s.GetByRole(AriaRole.Button, new() { Name = "Náhled" }).ClickAsync();
        await Assertions.Expect(s.Locator(".template-preview__subject")).ToHaveTextAsync("Připomínka: Platnost řidičského průkazu – 15. 1. 2027");
        await Assertions.Expect(s.FrameLocator(".template-preview__html").Locator("body")).ToContainTextAsync("Zbývá 14 dní.");
        await AxeAssert.NoViolationsAsync(s);

        await s.GetByRole(AriaRole.Button, new() { Name = "Uložit jako novou verzi" }).ClickAsync();
        await Assertions.Expect(s.Locator("main")).ToContainTextAsync("je uložená jako verze 2");
        await s.GotoAsync("/admin/oznameni/sablony/watchdog.reminder/verze/1");
        await Assertions.Expect(s.Locator("h1")).ToHaveTextAsync("Šablona: Hlídací pes: připomínka, verze 1");
        await AxeAssert.NoViolationsAsync(s);

        await s.GotoAsync("/admin/oznameni/zpravy?kanal=schranka");
        await Assertions.Expect(s.Locator("table")).ToContainTextAsync("Poplatek ze psů 2027");
        await AxeAssert.NoViolationsAsync(s);
        Assert.Empty(staff.Problems);
    }

    private Task<Guid> CitizenAsync(string email) =>
        browser.App.InScopeAsync(async services =>
        {
            var account = new CitizenAccount { Email = email, EmailConfirmed = true, GivenName = "Eva", FamilyName = "Dvořáková", CreatedUtc = DateTime.UtcNow };
            var result = await services.GetRequiredService<UserManager<CitizenAccount>>().CreateAsync(account, Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            var consents = services.GetRequiredService<ConsentTexts>();
            consents.Grant(account.Id, (await consents.CurrentAsync()).Version, "registration");
            await services.GetRequiredService<CitizensDbContext>().SaveChangesAsync();
            return account.Id;
        });

    private Task<NotificationResult> SendAsync(Guid accountId, string title) =>
        browser.App.InScopeAsync(services => services.GetRequiredService<INotifications>().SendAsync(new NotificationRequest(
            "receivable.due-soon", NotificationRecipient.Citizen(accountId),
            new ReceivableDueSoonModel(title, "1 500 Kč", "31. 3. 2027", "1337000123", "/muj-portal/platby"), NotificationChannels.Inbox)));
}
