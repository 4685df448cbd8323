using System.Net;
using System.Text;
using Pelhrimov.Watchdog.Services;

namespace Pelhrimov.Tests.Watchdog;

/// <summary>The calendar feed over HTTP: a secret address per citizen, no sign-in, revoked by a new one.</summary>
[Collection(WatchdogCollection.Name)]
public sealed class WatchdogFeedTests(WatchdogFixture fixture)
{
    [Fact]
    public async Task The_feed_carries_own_events_and_the_towns_dates_and_a_new_address_revokes_the_old()
    {
        var today = DateOnly.FromDateTime(Pelhrimov.Core.Formatting.CzechFormat.ToLocal(DateTime.UtcNow));
        (await WatchdogPagesTests.PostNewAsync(fixture.Jan.Client, "Platnost cestovního pasu, kopie; \"Jan\"", WatchdogPagesTests.CzechDate(today.AddDays(200)), "60")).Dispose();
        var first = await RenewAsync(fixture.Jan.Client);

        using var response = await fixture.App.CreateClient().GetAsync(first);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var events = ICalendarParser.Events(ICalendarParser.Unfold(ICalendarParser.PhysicalLines(await response.Content.ReadAsByteArrayAsync())));
        var passport = events.Single(e => e["SUMMARY"] == "Platnost cestovního pasu, kopie; \"Jan\"");
        Assert.Equal(today.AddDays(200).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), passport["DTSTART;VALUE=DATE"]);
        Assert.Equal("-P59DT15H", passport["VALARM.TRIGGER"]);
        Assert.Contains(events, e => e["SUMMARY"] == "Splatnost: Nájemné 11/2026 – garáž č. 12" && e["UID"].StartsWith("receivable-NAJ-2026-11-G12@", StringComparison.Ordinal));
        Assert.Contains(events, e => e["SUMMARY"] == "Doplnit podání: Žádost o zábor veřejného prostranství");
        Assert.Equal(events.Count, events.Select(e => e["UID"]).Distinct().Count());

        var second = await RenewAsync(fixture.Jan.Client);
        Assert.NotEqual(first, second);
        using var revoked = await fixture.App.CreateClient().GetAsync(first);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        using var current = await fixture.App.CreateClient().GetAsync(second);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        var again = ICalendarParser.Events(ICalendarParser.Unfold(ICalendarParser.PhysicalLines(await current.Content.ReadAsByteArrayAsync())));
        Assert.Equal(events.Select(e => e["UID"]).Order(), again.Select(e => e["UID"]).Order());
    }

    [Fact]
    public async Task Unknown_tokens_are_404_and_a_password_citizens_feed_has_own_events_only()
    {
        foreach (var path in new[] { WatchdogPaths.Feed("neexistuje"), WatchdogPaths.Feed(new string('A', 43)), "/hlidaci-pes/kalendar/.ics" })
        {
            using var response = await fixture.App.CreateClient().GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        (await WatchdogPagesTests.PostNewAsync(fixture.PasswordCitizen, "Revize kotle", WatchdogPagesTests.CzechDate(DateOnly.FromDateTime(DateTime.Now).AddDays(30)), "7", yearly: true)).Dispose();
        var url = await RenewAsync(fixture.PasswordCitizen);
        var text = Encoding.UTF8.GetString(await fixture.App.CreateClient().GetByteArrayAsync(url));
        var events = ICalendarParser.Events(ICalendarParser.Unfold(ICalendarParser.PhysicalLines(Encoding.UTF8.GetBytes(text))));
        Assert.Contains(events, e => e["SUMMARY"] == "Revize kotle" && e["RRULE"] == "FREQ=YEARLY");
        Assert.All(events, e => Assert.StartsWith("watchdog-", e["UID"], StringComparison.Ordinal));
    }

    /// <summary>"Vygenerovat nový odkaz" on the page; returns the address the page then shows.</summary>
    private static async Task<string> RenewAsync(HttpClient client)
    {
        using var response = await AntiforgeryForm.PostAsync(client, WatchdogPaths.List, new Dictionary<string, string?>(), "form[action='/muj-portal/hlidaci-pes/kalendar']");
        var page = await response.ReadHtmlAsync();
        Assert.Contains("Vygenerovali jsme novou adresu", page.QuerySelector(".notice--success")!.TextContent);
        var url = page.QuerySelector("#feed-url")!.GetAttribute("value")!;
        Assert.Contains(WatchdogPaths.FeedPrefix, url);
        return new Uri(url).PathAndQuery;
    }
}
