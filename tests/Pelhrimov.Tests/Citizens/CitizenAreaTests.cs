using System.Net;
using Pelhrimov.TestModule;

namespace Pelhrimov.Tests.Citizens;

/// <summary>
/// <c>/muj-portal</c> is a shell: its cards come from the modules present (here the test module's two sections),
/// in their order, each only for the citizens who may see it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CitizenAreaTests(PortalApp app)
{
    [Fact]
    public async Task An_identified_citizen_sees_every_section_in_order_with_its_count()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        // A persona the People module never links by itself (two persons match him): no back-office sections.
        await EidSignIn.SignInAsync(client, "josef-marek", returnUrl: "/muj-portal");

        var page = await client.GetHtmlAsync("/muj-portal");

        var cards = page.QuerySelectorAll(".citizen-area__card").ToList();
        // The modules' cards are there too, ordered by their Order and then by title: the inbox (10) beside the test
        // module's reminders, the Filings module's card beside the test module's filings (20), forms (30), the watchdog (40).
        Assert.Equal(["Oznámení", TestRemindersSection.Title, Pelhrimov.Filings.Services.MyFilingsSection.Title, TestFilingsSection.Title, "Formuláře", "Hlídací pes"],
            cards.Select(c => c.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal("/test-module/podani", cards[3].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("3", cards[3].QuerySelector(".citizen-area__count")!.TextContent.Trim());
        Assert.Null(cards[1].QuerySelector(".citizen-area__count"));
        Assert.Null(page.QuerySelector("a[href^='/prihlaseni/eid']"));
    }

    [Fact]
    public async Task A_citizen_signed_in_with_a_password_is_offered_eID_and_sees_no_personal_section()
    {
        const string password = "Heslo-Pro-Obcana-2026";
        await EidSignIn.RegisteredAccountAsync(app, "portal-heslo@example.cz", password);
        var client = app.CreateClient();
        using var signIn = await AntiforgeryForm.PostAsync(client, "/prihlaseni", new Dictionary<string, string?>
        {
            ["Input.Email"] = "portal-heslo@example.cz",
            ["Input.Password"] = password,
        }, "form[action='/prihlaseni']");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        var page = await client.GetHtmlAsync("/muj-portal");

        // The inbox, forms and the watchdog are for every signed-in citizen; personal back-office sections are not.
        Assert.Equal(["Oznámení", TestRemindersSection.Title, "Formuláře", "Hlídací pes"], page.QuerySelectorAll(".citizen-area__card h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("/prihlaseni/eid?returnUrl=%2Fmuj-portal", page.QuerySelector("a[href^='/prihlaseni/eid']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in()
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync("/muj-portal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/prihlaseni?", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_account_page_links_to_the_citizen_area()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(client, "marie-svobodova");

        var page = await client.GetHtmlAsync("/muj-ucet");

        Assert.NotNull(page.QuerySelector("main a[href='/muj-portal']"));
    }
}

/// <summary>Without any module that contributes a section, the citizen area says what the portal offers.</summary>
public sealed class EmptyCitizenAreaTests
{
    [Fact]
    public async Task With_no_contributing_module_the_citizen_area_says_what_the_portal_offers()
    {
        // Every module that contributes a section is switched off; People, which contributes none, stays.
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            FreshSite = true,
            Settings = { ["Modules:Disabled"] = "TestModule,Receivables,Receivables.Statements,Receivables.CardPayments,Filings,Forms,Notifications,Workflows,Watchdog" },
        });
        var client = app.CreateClient(allowAutoRedirect: false);
        await EidSignIn.SignInAsync(client, "josef-marek");

        var page = await client.GetHtmlAsync("/muj-portal");

        Assert.Empty(page.QuerySelectorAll(".citizen-area__card"));
        Assert.Contains("Úřad zde tyto služby zatím nezpřístupnil", page.QuerySelector("main")!.TextContent);
    }
}
