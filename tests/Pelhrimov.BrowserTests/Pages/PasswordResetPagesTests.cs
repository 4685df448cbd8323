using System.Text.RegularExpressions;
using MimeKit;
using Pelhrimov.Tests.Infrastructure;

namespace Pelhrimov.BrowserTests.Pages;

/// <summary>"Zapomenuté heslo" in the browser: the e-mail lands in the pickup folder (no SMTP host), its link opens
/// the new-password form, whose errors are accessible; the outbox then shows the message in the admin.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PasswordResetPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_reset_link_from_the_pickup_folder_opens_an_accessible_form_that_reports_errors()
    {
        await using var open = await browser.OpenAsync("/admin/prihlaseni");
        var page = open.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Zapomenuté heslo" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(PortalApp.AdminEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Poslat odkaz" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/zapomenute-heslo/odeslano", StringComparison.Ordinal));

        var link = await ResetLinkFromPickupFolderAsync();
        await page.GotoAsync(link);
        await page.GetByLabel("Nové heslo", new() { Exact = true }).FillAsync("kratke");
        await page.GetByLabel("Nové heslo znovu").FillAsync("jine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nastavit heslo" }).ClickAsync();

        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        Assert.Contains("Hesla se neshodují.", await page.Locator(".error-summary").InnerTextAsync());
        await AxeAssert.NoViolationsAsync(page);

        await using var admin = await browser.OpenAsync("/admin/prihlaseni");
        await admin.Page.GetByLabel("E-mail").FillAsync(PortalApp.AdminEmail);
        await admin.Page.GetByLabel("Heslo").FillAsync(PortalApp.AdminPassword);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se" }).ClickAsync();
        await admin.Page.WaitForURLAsync(url => !url.Contains("/admin/prihlaseni"));
        await admin.Page.GotoAsync("/admin/posta");
        Assert.Contains(PortalApp.AdminEmail, await admin.Page.Locator("table").InnerTextAsync());
        await AxeAssert.NoViolationsAsync(admin.Page);
    }

    private async Task<string> ResetLinkFromPickupFolderAsync()
    {
        var folder = Path.Combine(browser.App.Site.DataPath, "mail");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == PortalApp.AdminEmail) && ResetLink().Match(message.TextBody ?? "") is { Success: true } match)
                {
                    return match.Value;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"No reset e-mail for {PortalApp.AdminEmail} in {folder}.");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"http://\S+/admin/nove-heslo\?\S+")]
    private static partial Regex ResetLink();
}
