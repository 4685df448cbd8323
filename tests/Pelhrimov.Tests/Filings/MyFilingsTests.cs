using System.Net;
using AngleSharp.Dom;
using Pelhrimov.Filings.Services;
using Pelhrimov.Tests.Citizens;

namespace Pelhrimov.Tests.Filings;

/// <summary>
/// One app with two identified citizens linked through the People module: Jan Novák (OS-000001, the sample filings plus
/// those the tests push) and Marie Svobodová (OS-000003).
/// </summary>
public sealed class CitizenFilingsFixture : IAsyncLifetime
{
    public PortalApp App { get; } = new();

    public LinkedCitizen Jan { get; private set; } = null!;

    public LinkedCitizen Marie { get; private set; } = null!;

    internal RecordsSystem Records { get; private set; } = null!;

    public string WaitingReference { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        Jan = await App.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        Marie = await App.SignInLinkedCitizenAsync("marie-svobodova", "OS-000003");
        Records = await RecordsSystem.ConnectAsync(App);
        WaitingReference = await Records.CreateAsync("M-1", "OS-000001", "Žádost o příspěvek na opravu fasády", "2026-11-20T09:00:00+01:00", "Odbor výstavby a územního plánování");
        await Records.ChangeAsync("M-1", "v-reseni", "Žádost posuzujeme.", "Rozpočet na fasády je skoro vyčerpán.");
        await Records.ChangeAsync("M-1", "ceka-na-doplneni", "Doložte prosím fotografie fasády před opravou.", "Bez fotek nelze posoudit.");
        using var document = await Records.PutDocumentAsync("M-1", "vyzva-1", RecordsSystem.Pdf, "application/pdf", "Výzva k doplnění.pdf");
        Assert.Equal(HttpStatusCode.Created, document.StatusCode);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// <c>/muj-portal/podani</c>: an identified citizen's filings, their detail and documents; nobody else's, whatever they guess.
/// </summary>
public sealed class MyFilingsTests(CitizenFilingsFixture fixture) : IClassFixture<CitizenFilingsFixture>
{
    [Fact]
    public async Task A_citizen_sees_their_filings_with_what_the_office_waits_for_first()
    {
        var page = await fixture.Jan.Client.GetHtmlAsync("/muj-portal/podani");

        var subjects = page.QuerySelectorAll("table.filings tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal("Žádost o příspěvek na opravu fasády", subjects[0]);
        Assert.Equal(
            ["Žádost o příspěvek na opravu fasády", "Ohlášení kácení dřevin na zahradě", "Žádost o zvláštní užívání komunikace – kontejner na suť", "Žádost o osvobození od poplatku ze psů"],
            subjects);
        Assert.Contains("Žádost o příspěvek na opravu fasády", page.QuerySelector(".notice--warning")!.TextContent);
        Assert.Equal(["čeká na doplnění", "přijato", "v řešení", "vyřízeno"],
            page.QuerySelectorAll("table.filings tbody .badge").Select(b => b.TextContent.Trim()));
        Assert.DoesNotContain("oplocení", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_detail_shows_the_whole_history_with_the_notes_for_the_citizen_but_never_the_internal_ones()
    {
        var page = await fixture.Jan.Client.GetHtmlAsync($"/muj-portal/podani/{fixture.WaitingReference}");

        Assert.Equal("Žádost o příspěvek na opravu fasády", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["přijato", "v řešení", "čeká na doplnění"], page.QuerySelectorAll("ol.filing-history li .badge").Select(b => b.TextContent.Trim()));
        Assert.Contains("Doložte prosím fotografie fasády před opravou.", page.QuerySelector(".notice--warning")!.TextContent);
        Assert.Contains("Žádost posuzujeme.", page.QuerySelector("ol.filing-history")!.TextContent);
        Assert.DoesNotContain("Rozpočet", page.Body!.TextContent);
        Assert.DoesNotContain("Bez fotek", page.Body!.TextContent);
        Assert.Contains("20.\u00A011.\u00A02026 9:00", page.QuerySelector("dl")!.TextContent);

        var link = Assert.Single(page.QuerySelectorAll("ul.filing-documents a"));
        Assert.Equal("vyzva-k-doplneni.pdf", link.TextContent.Trim());
        using var download = await fixture.Jan.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(RecordsSystem.Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_filing_page_and_document_link_of_one_citizen_is_404_for_another()
    {
        var urls = new List<string>();
        var list = await fixture.Jan.Client.GetHtmlAsync("/muj-portal/podani");
        foreach (var detail in Links(list, "table.filings a"))
        {
            urls.Add(detail);
            urls.AddRange(Links(await fixture.Jan.Client.GetHtmlAsync(detail), "ul.filing-documents a"));
        }
        Assert.Equal(4, urls.Count(u => !u.Contains("/dokumenty/")));
        Assert.True(urls.Count(u => u.Contains("/dokumenty/")) >= 3, string.Join(", ", urls));

        foreach (var url in urls)
        {
            using var own = await fixture.Jan.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            using var other = await fixture.Marie.Client.GetAsync(url);
            Assert.True(other.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)other.StatusCode} to another citizen");
        }
        var marie = await fixture.Marie.Client.GetHtmlAsync("/muj-portal/podani");
        Assert.Equal(["Žádost o vydání parkovací karty pro rezidenty"], Links(marie, "table.filings a").Select(u => marie.QuerySelector($"a[href='{u}']")!.TextContent.Trim()));
        using var guessed = await fixture.Marie.Client.GetAsync("/muj-portal/podani/P-2026-ZZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task The_citizen_area_card_counts_filings_in_progress_and_says_the_office_waits()
    {
        var page = await fixture.Jan.Client.GetHtmlAsync("/muj-portal");

        var card = page.QuerySelectorAll(".citizen-area__card").Single(c => c.QuerySelector("h2")!.TextContent.Trim() == MyFilingsSection.Title);
        Assert.Equal("/muj-portal/podani", card.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("3", card.QuerySelector(".citizen-area__count")!.TextContent.Trim());
        Assert.Contains("Úřad čeká na vaše doplnění: 1\u00A0podání", card.TextContent);
    }

    [Fact]
    public async Task A_citizen_signed_in_with_a_password_is_sent_to_identify_and_gets_no_filings_card()
    {
        const string password = "Heslo-Pro-Podani-2026";
        await EidSignIn.RegisteredAccountAsync(fixture.App, "podani-heslo@example.cz", password);
        var client = fixture.App.CreateClient(allowAutoRedirect: false);
        using var signIn = await AntiforgeryForm.PostAsync(client, "/prihlaseni", new Dictionary<string, string?>
        {
            ["Input.Email"] = "podani-heslo@example.cz",
            ["Input.Password"] = password,
        }, "form[action='/prihlaseni']");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var list = await client.GetAsync("/muj-portal/podani");
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("/prihlaseni/overeni", list.Headers.Location!.AbsolutePathOrOriginal());
        var stepUp = await client.GetHtmlAsync(list.Headers.Location!.ToString());
        Assert.Contains("Ověřit se přes Identitu občana", stepUp.Body!.TextContent);
        using var detail = await client.GetAsync($"/muj-portal/podani/{fixture.WaitingReference}");
        Assert.Equal(HttpStatusCode.Redirect, detail.StatusCode);

        var area = await client.GetHtmlAsync("/muj-portal");
        Assert.DoesNotContain(area.QuerySelectorAll(".citizen-area__card h2"), h => h.TextContent.Trim() == MyFilingsSection.Title);
    }

    private static List<string> Links(IDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).Distinct()];
}

internal static class UriText
{
    /// <summary>The path of an absolute URI, or the relative one as written.</summary>
    public static string AbsolutePathOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
}
