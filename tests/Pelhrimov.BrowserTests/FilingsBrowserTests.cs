using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Citizens.Data;
using Microsoft.EntityFrameworkCore;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// The citizen's filings in a real browser: Jan Novák signs in with eID, the People module links him to the sample person
/// OS-000001, and his filings pages (list, a resolved filing with documents, the card on /muj-portal) pass axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FilingsBrowserTests(BrowserFixture browser)
{
    public static readonly TheoryData<string> CitizenUrls =
    [
        "/muj-portal",
        "/muj-portal/podani",
        "/muj-portal/podani/P-2026-4HX7Q",
        "/muj-portal/podani/P-2026-9KD3M",
    ];

    [Fact]
    public async Task An_identified_citizens_filings_pages_have_no_axe_violations()
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
        await WaitForLinkAsync("OS-000001");

        foreach (var url in CitizenUrls)
        {
            await p.GotoAsync(url);
            await Assertions.Expect(p.Locator("h1")).Not.ToBeEmptyAsync();
            await AxeAssert.NoViolationsAsync(p);
        }
        await p.GotoAsync("/muj-portal/podani");
        await Assertions.Expect(p.Locator("table.filings tbody tr")).ToHaveCountAsync(3);
        Assert.Empty(page.Problems);
    }

    /// <summary>The link is made by the People module's handler of the sign-in event, after the sign-in's commit.</summary>
    private async Task WaitForLinkAsync(string personId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var linked = await browser.App.InScopeAsync(async s =>
            {
                var account = await s.GetRequiredService<CitizensDbContext>().Users.AsNoTracking()
                    .SingleAsync(a => a.GivenName == "Jan" && a.FamilyName == "Novák");
                return (await s.GetRequiredService<IPersonLinks>().PersonIdsOfAsync(account.Id, CancellationToken.None)).Contains(personId);
            });
            if (linked)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Jan Novák was not linked to {personId} in time.");
            await Task.Delay(25);
        }
    }
}
