using System.Net;

namespace Pelhrimov.Tests.Core.Modules;

/// <summary>
/// A town switches modules off by configuration (<c>Modules:Disabled</c>): the site starts without each one that others
/// do not need, its pages and its contributions to shared pages are gone, and a module that others need stops the start
/// with the reason.
/// </summary>
public sealed class ModuleSwitchOffTests
{
    public static TheoryData<string, string> Removable => new()
    {
        // switched off, a page of that module which must then be gone
        { "Search", "/hledat?q=odpad" },
        { "Analytics", "/admin/statistiky" },
        { "Citizens,People,Receivables,Receivables.Statements,Receivables.CardPayments,Filings,Forms,Notifications,Workflows,Watchdog", "/prihlaseni" },
        { "Watchdog", "/muj-portal/hlidaci-pes" },
        { "Identity.NiaSimulator", "/nia-simulator/fpsts/oidc/openid-configuration" },
        { "ApiClients,TestModule,People,Receivables,Receivables.Statements,Receivables.CardPayments,Filings", "/test-module/ping" },
        { "People,Receivables,Receivables.Statements,Receivables.CardPayments,Filings", "/admin/osoby" },
        { "Receivables,Receivables.Statements,Receivables.CardPayments", "/admin/pohledavky" },
        { "Receivables.Statements", "/admin/pohledavky/vypisy" },
        { "Receivables.CardPayments", "/platby/karta/notifikace" },
        { "Filings", "/admin/podani" },
        { "Forms", "/admin/formulare" },
        { "Notifications,Workflows", "/admin/oznameni/sablony" },
        { "Workflows", "/admin/workflows" },
        { "Content,TestModule,Notifications,Workflows", "/aktuality" },
    };

    // A town that switches a module off after set-up: the site was set up with every module (a copy of the test
    // template), then starts with the module switched off. Which modules run does not depend on the database; the set-up
    // without modules below migrates a subset and runs on both.
    [SameOnEveryDatabase]
    [Theory]
    [MemberData(nameof(Removable))]
    public async Task The_site_starts_without_a_module_and_serves_none_of_its_pages(string disabled, string page)
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using var app = await PortalApp.StartAsync(site, new PortalAppOptions { Settings = { ["Modules:Disabled"] = disabled } });
        await AssertSwitchedOffAsync(app, disabled, page);
    }

    // A town that sets the site up without them: set-up migrates and seeds only the modules that are on.
    [Fact]
    public async Task A_site_set_up_without_the_citizen_modules_serves_none_of_their_pages()
    {
        var (disabled, page) = ("Citizens,People,Receivables,Receivables.Statements,Receivables.CardPayments,Filings,Forms,Notifications,Workflows,Watchdog", "/prihlaseni");
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { FreshSite = true, Settings = { ["Modules:Disabled"] = disabled } });
        await AssertSwitchedOffAsync(app, disabled, page);
    }

    private static async Task AssertSwitchedOffAsync(PortalApp app, string disabled, string page)
    {
        var client = app.CreateClient(allowAutoRedirect: false);

        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var gone = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        // A page of another module still renders in the shared layout, without the switched-off module's header tools.
        var other = disabled.StartsWith("Content", StringComparison.Ordinal) ? "/prihlaseni" : "/";
        var layout = await client.GetHtmlAsync(other);
        Assert.Equal(disabled != "Search", layout.QuerySelector("header form[role=search]") is not null);
        Assert.Equal(!disabled.StartsWith("Citizens", StringComparison.Ordinal), layout.QuerySelector("header .account-nav") is not null);
    }

    [Fact]
    public async Task Switching_off_a_module_that_others_need_stops_the_start_naming_both()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            PortalApp.StartAsync(options: new PortalAppOptions { FreshSite = true, Settings = { ["Modules:Disabled"] = "Identity" } }));

        var message = error.ToString();
        Assert.Contains("depends on module 'Identity', which is switched off (Modules:Disabled)", message);
    }
}
