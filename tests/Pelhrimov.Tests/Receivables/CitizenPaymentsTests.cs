using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Tests.Receivables;

/// <summary>
/// <c>/muj-portal/platby</c> for citizens linked to a back-office person through the People module (the sample data:
/// Jan Novák is <c>OS-000001</c>, Marie Svobodová <c>OS-000003</c>, Pavel Černých <c>OS-000002</c>). Each persona is
/// one test's, so the tests share one app.
/// </summary>
public sealed class CitizenPaymentsTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task A_linked_citizen_sees_what_to_pay_what_is_paid_the_totals_and_the_card()
    {
        var jan = await app.SignInLinkedCitizenAsync("jan-novak", "OS-000001");

        var page = await jan.Client.GetHtmlAsync("/muj-portal/platby");

        var outstanding = Rows(page, ".payments-outstanding");
        Assert.Equal(3, outstanding.Count);
        Assert.Contains(outstanding, r => r[0] == "Nájemné" && r[3] == "850\u00A0Kč" && r[4] == "po splatnosti");
        Assert.Contains(outstanding, r => r[0] == "Poplatek ze psů" && r[3] == "300\u00A0Kč" && r[4] == "částečně uhrazená");
        Assert.Contains(outstanding, r => r[0] == "Poplatek za komunální odpad" && r[3] == "2\u00A0400\u00A0Kč" && r[4] == "otevřená");
        Assert.NotNull(page.QuerySelector(".payments-outstanding strong.status--overdue"));
        var settled = Assert.Single(Rows(page, ".payments-settled"));
        Assert.Equal(["Poplatek za komunální odpad", "2025 – domácnost, 3 osoby", "2\u00A0250\u00A0Kč", "2\u00A0250\u00A0Kč", "uhrazená"], settled);
        Assert.Equal(["3\u00A0550\u00A0Kč", "850\u00A0Kč", "2\u00A0550\u00A0Kč"],
            page.QuerySelectorAll(".payments-totals dd").Select(d => d.TextContent.Trim()));

        var area = await jan.Client.GetHtmlAsync("/muj-portal");
        var card = area.QuerySelectorAll(".citizen-area__card").Single(c => c.QuerySelector("h2")!.TextContent.Trim() == "K zaplacení");
        Assert.Equal("3", card.QuerySelector(".citizen-area__count")!.TextContent.Trim());
        Assert.Contains("Po splatnosti: 1", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(CitizenPaths.List, card.QuerySelector("h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_list_filters_by_year_and_kind()
    {
        var http = await app.ApiClientAsync();
        foreach (var (id, kind, due) in new[] { ("FLT-1", "Nájemné", "2031-01-31"), ("FLT-2", "Nájemné", "2032-01-31"), ("FLT-3", "Poplatek ze psů", "2032-02-28") })
        {
            (await http.PutReceivableAsync(id, ReceivablesTesting.Body(personId: "OS-000002", kind: kind, dueDate: due, amount: 100m))).Dispose();
        }
        var pavel = await app.SignInLinkedCitizenAsync("pavel-cernych", "OS-000002");

        var byYear = await pavel.Client.GetHtmlAsync("/muj-portal/platby?rok=2032");
        var byKind = await pavel.Client.GetHtmlAsync("/muj-portal/platby?druh=" + Uri.EscapeDataString("Nájemné"));
        var both = await pavel.Client.GetHtmlAsync("/muj-portal/platby?rok=2032&druh=" + Uri.EscapeDataString("Nájemné"));

        Assert.Equal(["/muj-portal/platby/FLT-2", "/muj-portal/platby/FLT-3"], Links(byYear));
        Assert.Equal(["/muj-portal/platby/FLT-1", "/muj-portal/platby/FLT-2"], Links(byKind));
        Assert.Equal(["/muj-portal/platby/FLT-2"], Links(both));
        Assert.Equal("2032", byYear.QuerySelector("#rok option[selected]")!.GetAttribute("value"));
        Assert.Equal(["200\u00A0Kč", "0\u00A0Kč", "0\u00A0Kč"], byYear.QuerySelectorAll(".payments-totals dd").Select(d => d.TextContent.Trim()));
    }

    [Fact]
    public async Task The_detail_shows_payment_details_as_text_and_a_QR_code_that_decodes_to_the_same_payment()
    {
        var marie = await app.SignInLinkedCitizenAsync("marie-svobodova", "OS-000003");

        var page = await marie.Client.GetHtmlAsync("/muj-portal/platby/ODP-2026-000003");

        Assert.Equal("po splatnosti", page.QuerySelector(".receivable-status")!.TextContent.Trim());
        Assert.Equal("19-623101/0800", page.QuerySelector(".payment-account")!.TextContent.Trim());
        Assert.Equal("CZ97 0800 0000 1900 0062 3101", page.QuerySelector(".payment-iban")!.TextContent.Trim());
        Assert.Equal("1\u00A0600\u00A0Kč", page.QuerySelector(".payment-amount")!.TextContent.Trim());
        Assert.Equal("1337000003", page.QuerySelector(".payment-vs")!.TextContent.Trim());
        Assert.Equal("3", page.QuerySelector(".payment-ss")!.TextContent.Trim());
        var spayd = page.QuerySelector("code.spayd")!.TextContent.Trim();
        Assert.StartsWith("SPD*1.0*ACC:CZ9708000000190000623101*AM:1600.00*CC:CZK*MSG:POPLATEK ZA KOMUNALNI ODPAD 2026", spayd);
        Assert.Contains("*X-SS:3*X-VS:1337000003*CRC32:", spayd, StringComparison.Ordinal);
        var image = page.QuerySelector(".qr-platba img")!;
        Assert.Contains("1\u00A0600\u00A0Kč", image.GetAttribute("alt"), StringComparison.Ordinal);
        var png = Convert.FromBase64String(image.GetAttribute("src")!["data:image/png;base64,".Length..]);
        Assert.Equal(spayd, SpaydTests.Decode(png));
        Assert.Equal("Pohledávka předepsána", page.QuerySelector(".receivable-history li")!.TextContent.Split('–', 2)[1].Split(':')[0].Trim());
    }

    [Fact]
    public async Task An_overpaid_receivable_shows_the_overpayment_and_no_payment_instructions()
    {
        var marie = await app.SignInLinkedCitizenAsync("marie-svobodova", "OS-000003");

        var page = await marie.Client.GetHtmlAsync("/muj-portal/platby/ZAB-2026-000031");

        Assert.Equal("uhrazená", page.QuerySelector(".receivable-status")!.TextContent.Trim());
        Assert.StartsWith("50\u00A0Kč", page.QuerySelector(".receivable-overpaid")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".payment-instructions"));
        Assert.Equal(["550\u00A0Kč"], page.QuerySelectorAll(".receivable-payments tbody tr td:nth-child(2)").Select(c => c.TextContent.Trim()));
        var list = await marie.Client.GetHtmlAsync("/muj-portal/platby");
        Assert.Contains("přeplatek 50\u00A0Kč", list.QuerySelector(".payments-settled")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_citizen_gets_404_for_every_receivable_of_the_first()
    {
        var jan = await app.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        var marie = await app.SignInLinkedCitizenAsync("marie-svobodova", "OS-000003");
        var jansLinks = Links(await jan.Client.GetHtmlAsync("/muj-portal/platby"));
        var mariesLinks = Links(await marie.Client.GetHtmlAsync("/muj-portal/platby"));
        Assert.Equal(4, jansLinks.Count);
        Assert.Equal(2, mariesLinks.Count);

        foreach (var url in jansLinks)
        {
            using var response = await marie.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        foreach (var url in mariesLinks)
        {
            using var response = await jan.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            using var own = await marie.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }
    }

    private static List<string[]> Rows(IDocument page, string table) =>
        [.. page.QuerySelectorAll(table + " tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())];

    private static List<string> Links(IDocument page) =>
        [.. page.QuerySelectorAll("table a[href^='/muj-portal/platby/']").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal)];
}
