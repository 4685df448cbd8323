using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Tests.Citizens;
using Pelhrimov.Tests.Filings;
using Pelhrimov.Watchdog.Data;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Tests.Watchdog;

/// <summary>
/// One app with two identified citizens linked to back-office persons — Jan Novák (OS-000001: the sample receivables, and
/// a filing the tests push to "čeká na doplnění") and Marie Svobodová (OS-000003) — and a citizen signed in with a password.
/// </summary>
public sealed class WatchdogFixture : IAsyncLifetime
{
    public const string Password = "Heslo-Pro-Hlidace-2026";

    // The reminder job runs only when a test runs it (its hourly fire time could fall inside a test otherwise).
    public PortalApp App { get; private set; } = null!;

    public LinkedCitizen Jan { get; private set; } = null!;

    public LinkedCitizen Marie { get; private set; } = null!;

    public HttpClient PasswordCitizen { get; private set; } = null!;

    public string WaitingReference { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["Scheduler:Jobs:watchdog.reminders:Cron"] = "0 0 0 1 1 ? 2099" } });
        Jan = await App.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        Marie = await App.SignInLinkedCitizenAsync("marie-svobodova", "OS-000003");
        var records = await RecordsSystem.ConnectAsync(App);
        WaitingReference = await records.CreateAsync("HP-1", "OS-000001", "Žádost o zábor veřejného prostranství");
        await records.ChangeAsync("HP-1", "ceka-na-doplneni", "Doložte plánek záboru.");
        await EidSignIn.RegisteredAccountAsync(App, "hlidac@example.cz", Password);
        PasswordCitizen = App.CreateClient();
        using var signIn = await AntiforgeryForm.PostAsync(PasswordCitizen, "/prihlaseni",
            new Dictionary<string, string?> { ["Input.Email"] = "hlidac@example.cz", ["Input.Password"] = Password }, "form[action='/prihlaseni']");
        Assert.True(await EidSignIn.IsSignedInAsync(PasswordCitizen));
    }

    public ValueTask DisposeAsync() => App?.DisposeAsync() ?? ValueTask.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class WatchdogCollection : ICollectionFixture<WatchdogFixture>
{
    public const string Name = "Watchdog";
}

/// <summary><c>/muj-portal/hlidaci-pes</c>: a citizen's own events and the town's dates for them; nobody else's.</summary>
[Collection(WatchdogCollection.Name)]
public sealed class WatchdogPagesTests(WatchdogFixture fixture)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CzechFormat.ToLocal(DateTime.UtcNow));

    [Fact]
    public async Task Bad_input_gets_czech_messages_in_the_error_summary_and_stores_nothing()
    {
        var before = await CountAsync(fixture.Marie.AccountId);
        using var response = await PostNewAsync(fixture.Marie.Client, "", "31. 2. 2027", "400");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Chyba:", page.Title);
        // Core's summary lists the errors in ModelState's order (by field name), not in the form's: compare as sets.
        var links = page.QuerySelectorAll(".error-summary__list a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Trim());
        Assert.Equal(new Dictionary<string, string>
        {
            ["#Input_Title"] = "Zadejte, co chcete hlídat, například „Platnost řidičského průkazu“.",
            ["#Input_Date"] = "Zadejte skutečné datum, například 29. 11. 2026.",
            ["#Input_DaysBefore"] = "Počet dní předem zadejte jako celé číslo od 0 do 365.",
        }, links);
        Assert.Equal("true", page.QuerySelector("#Input_Date")!.GetAttribute("aria-invalid"));

        using var past = await PostNewAsync(fixture.Marie.Client, "STK", CzechDate(Today.AddDays(-1)), "7");
        Assert.Contains("Datum už minulo", (await past.ReadHtmlAsync()).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(before, await CountAsync(fixture.Marie.AccountId));
    }

    [Fact]
    public async Task A_citizen_adds_edits_and_deletes_an_event_and_the_list_shows_the_nearest_first()
    {
        var client = fixture.Marie.Client;
        (await PostNewAsync(client, "Platnost řidičského průkazu", CzechDate(Today.AddDays(40)), "30")).Dispose();
        (await PostNewAsync(client, "Očkování psa", Today.AddDays(12).ToString("yyyy-MM-dd", CzechFormat.Culture), "0", yearly: true)).Dispose();

        var list = await client.GetHtmlAsync(WatchdogPaths.List);
        var rows = OwnRows(list);
        Assert.Equal(["Očkování psa", "Platnost řidičského průkazu"], rows.Select(r => r.Title));
        var dog = rows[0].Row;
        Assert.Equal(CzechFormat.Date(Today.AddDays(12)), dog.Cells[0].TextContent.Trim());
        Assert.Equal("za 12\u00A0dní", dog.Cells[2].TextContent.Trim());
        Assert.Equal("v den události", dog.Cells[3].TextContent.Trim());
        Assert.Contains("Každý rok", dog.Cells[1].TextContent);

        var edit = dog.QuerySelector("a[href$='/upravit']")!.GetAttribute("href")!;
        var form = await client.GetHtmlAsync(edit);
        Assert.Equal(CzechDate(Today.AddDays(12)).Replace('\u00A0', ' '), form.QuerySelector("#Input_Date")!.GetAttribute("value"));
        using (var saved = await AntiforgeryForm.PostAsync(client, edit, new Dictionary<string, string?>
               {
                   ["Input.Title"] = "Očkování psa Alíka", ["Input.DaysBefore"] = "3", ["Input.Date"] = CzechDate(Today.AddDays(60)),
               }, $"form[action='{edit}']"))
        {
            Assert.Equal(WatchdogPaths.List, saved.RequestMessage!.RequestUri!.AbsolutePath);
        }
        rows = OwnRows(await client.GetHtmlAsync(WatchdogPaths.List));
        Assert.Equal(["Platnost řidičského průkazu", "Očkování psa Alíka"], rows.Select(r => r.Title));
        Assert.Equal("3\u00A0dny předem", rows[1].Row.Cells[3].TextContent.Trim());

        var delete = rows[1].Row.QuerySelector("a[href$='/smazat']")!.GetAttribute("href")!;
        Assert.Contains("Očkování psa Alíka", (await client.GetHtmlAsync(delete)).QuerySelector("main")!.TextContent);
        (await AntiforgeryForm.PostAsync(client, delete, new Dictionary<string, string?>(), $"form[action='{delete}']")).Dispose();
        Assert.Equal(["Platnost řidičského průkazu"], OwnRows(await client.GetHtmlAsync(WatchdogPaths.List)).Select(r => r.Title));
    }

    [Fact]
    public async Task Another_citizen_gets_404_for_every_address_of_an_event_and_changes_nothing()
    {
        (await PostNewAsync(fixture.Jan.Client, "STK Octavia", CzechDate(Today.AddDays(100)), "14")).Dispose();
        var row = OwnRows(await fixture.Jan.Client.GetHtmlAsync(WatchdogPaths.List)).Single(r => r.Title == "STK Octavia").Row;
        var edit = row.QuerySelector("a[href$='/upravit']")!.GetAttribute("href")!;
        var delete = row.QuerySelector("a[href$='/smazat']")!.GetAttribute("href")!;
        var token = (await AntiforgeryForm.LoadAsync(fixture.Marie.Client, WatchdogPaths.New, $"form[action='{WatchdogPaths.New}']")).Token;

        foreach (var url in new[] { edit, delete })
        {
            using var get = await fixture.Marie.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            using var post = await fixture.Marie.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token!, ["Input.Title"] = "Ukradeno", ["Input.Date"] = CzechDate(Today.AddDays(5)), ["Input.DaysBefore"] = "1",
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.DoesNotContain("STK Octavia", (await fixture.Marie.Client.GetHtmlAsync(WatchdogPaths.List)).Body!.TextContent);
        Assert.Equal(["STK Octavia"], (await TitlesAsync(fixture.Jan.AccountId)).Where(t => t.StartsWith("STK", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var before = await CountAsync(fixture.Jan.AccountId);
        using var response = await fixture.Jan.Client.PostAsync(WatchdogPaths.New, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Bez tokenu", ["Input.Date"] = CzechDate(Today.AddDays(5)), ["Input.DaysBefore"] = "1",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync(fixture.Jan.AccountId));
    }

    [Fact]
    public async Task An_identified_citizen_sees_the_towns_dates_read_only_and_a_password_session_does_not()
    {
        var page = await fixture.Jan.Client.GetHtmlAsync(WatchdogPaths.List);
        var town = page.QuerySelectorAll("table.watchdog tbody tr").Where(r => r.TextContent.Contains("Od města", StringComparison.Ordinal)).ToList();
        var titles = town.Select(r => r.QuerySelector("td:nth-child(2) a")!.TextContent.Trim()).ToList();
        Assert.Contains("Splatnost: Poplatek za komunální odpad 2026 – domácnost, 3 osoby", titles);
        Assert.Contains("Splatnost: Nájemné 11/2026 – garáž č. 12", titles);
        Assert.Contains("Doplnit podání: Žádost o zábor veřejného prostranství", titles);
        Assert.DoesNotContain(titles, t => t.Contains("2025", StringComparison.Ordinal));
        Assert.All(town, r => Assert.Null(r.QuerySelector("a[href$='/upravit']")));
        Assert.Contains(town, r => r.QuerySelector($"a[href='/muj-portal/podani/{fixture.WaitingReference}']") is not null);
        Assert.Contains("Zbývá zaplatit 300\u00A0Kč.", page.Body!.TextContent);

        var passwordPage = await fixture.PasswordCitizen.GetHtmlAsync(WatchdogPaths.List);
        Assert.Empty(passwordPage.QuerySelectorAll("table.watchdog .badge--neutral"));
        Assert.Contains("Identitu občana", passwordPage.QuerySelector(".notice--info")!.TextContent);
    }

    [Fact]
    public async Task A_password_citizen_keeps_own_events_and_the_citizen_area_shows_the_card()
    {
        (await PostNewAsync(fixture.PasswordCitizen, "Výměna občanského průkazu", CzechDate(Today.AddDays(3)), "1")).Dispose();
        var area = await fixture.PasswordCitizen.GetHtmlAsync("/muj-portal");
        var card = area.QuerySelectorAll(".citizen-area__card").Single(c => c.QuerySelector("h2")!.TextContent.Trim() == WatchdogSection.Title);
        Assert.Equal(WatchdogPaths.List, card.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains($"Výměna občanského průkazu, {CzechFormat.Date(Today.AddDays(3))} (za 3\u00A0dny)", card.TextContent);

        using var anonymous = await fixture.App.CreateClient(allowAutoRedirect: false).GetAsync(WatchdogPaths.List);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/prihlaseni", anonymous.Headers.Location!.AbsolutePathOrOriginal());
    }

    internal static Task<HttpResponseMessage> PostNewAsync(HttpClient client, string title, string date, string daysBefore, bool yearly = false) =>
        AntiforgeryForm.PostAsync(client, WatchdogPaths.New, new Dictionary<string, string?>
        {
            ["Input.Title"] = title, ["Input.Date"] = date, ["Input.DaysBefore"] = daysBefore, ["Input.RepeatsYearly"] = yearly ? "true" : null,
        }, $"form[action='{WatchdogPaths.New}']");

    internal static string CzechDate(DateOnly date) => CzechFormat.Date(date);

    private static List<(string Title, AngleSharp.Html.Dom.IHtmlTableRowElement Row)> OwnRows(IDocument page) =>
        [.. page.QuerySelectorAll("table.watchdog tbody tr").OfType<AngleSharp.Html.Dom.IHtmlTableRowElement>()
            .Where(r => r.QuerySelector("a[href$='/upravit']") is not null)
            .Select(r => (r.Cells[1].ChildNodes.First(n => n.NodeType == NodeType.Text && n.TextContent.Trim().Length > 0).TextContent.Trim(), r))];

    private Task<int> CountAsync(Guid accountId) =>
        fixture.App.InScopeAsync(s => s.GetRequiredService<WatchdogDbContext>().Events.CountAsync(e => e.AccountId == accountId));

    private Task<List<string>> TitlesAsync(Guid accountId) =>
        fixture.App.InScopeAsync(s => s.GetRequiredService<WatchdogDbContext>().Events.Where(e => e.AccountId == accountId).Select(e => e.Title).ToListAsync());
}
