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
        { "Citizens,People,Receivables,Receivables.Statements,Receivables.CardPayments,Filings,Forms,Notifications,Watchdog", "/prihlaseni" },
        { "Watchdog", "/muj-portal/hlidaci-pes" },
        { "Identity.NiaSimulator", "/nia-simulator/fpsts/oidc/openid-configuration" },
        { "ApiClients,TestModule,People,Receivables,Receivables.Statements,Receivables.CardPayments,Filings", "/test-module/ping" },
        { "People,Receivables,Receivables.Statements,Receivables.CardPayments,Filings", "/admin/osoby" },
        { "Receivables,Receivables.Statements,Receivables.CardPayments", "/admin/pohledavky" },
        { "Receivables.Statements", "/admin/pohledavky/vypisy" },
        { "Receivables.CardPayments", "/platby/karta/notifikace" },
        { "Filings", "/admin/podani" },
        { "Forms", "/admin/formulare" },
        { "Notifications", "/admin/oznameni/sablony" },
        { "Content,TestModule", "/aktuality" },
    };

    [Theory]
    [MemberData(nameof(Removable))]
    public async Task The_site_starts_without_a_module_and_serves_none_of_its_pages(string disabled, string page)
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { FreshSite = true, Settings = { ["Modules:Disabled"] = disabled } });
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
