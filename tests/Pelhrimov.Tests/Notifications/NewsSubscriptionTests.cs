using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Notifications.Data;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;

namespace Pelhrimov.Tests.Notifications;

/// <summary>News by e-mail for anyone: double opt-in, one message per confirmed subscriber, one-click unsubscribe, SMTP outage.</summary>
public sealed class NewsSubscriptionTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private static NotificationRequest News(string category, string title) => new("news.article-published", NotificationRecipient.NewsSubscribers(category),
        new NewsArticlePublishedModel(title, "Kvůli opravě vodovodu bude Žižkova ulice uzavřena.", "https://portal.example/aktuality/zizkova"), NotificationChannels.Email);

    [Fact]
    public async Task Only_a_confirmed_subscriber_gets_the_news_with_its_own_unsubscribe_link_and_one_click_ends_it()
    {
        var email = $"ctenar-{Guid.NewGuid():N}@example.cz";
        var category = "Doprava";
        var anonymous = fixture.App.CreateClient();
        var answer = await SubscribeAsync(anonymous, email, category);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var confirmation = await fixture.Smtp.WaitForMessageAsync(email);
        Assert.Equal("Potvrďte odběr novinek z rubriky „Doprava“", confirmation.Subject);
        var link = new Uri(confirmation.TextBody.Split('\n').Single(l => l.Contains("/odber-novinek/potvrdit/", StringComparison.Ordinal)).Trim()).PathAndQuery;

        // Unconfirmed: nothing goes to the address.
        var before = await fixture.SendAsync(News(category, "Uzavírka Žižkovy ulice"));
        Assert.DoesNotContain(email, await AddressesAsync(before.MessageIds));

        // The same answer whether the address is known or not (no enumeration).
        Assert.Equal(answer.Text, (await SubscribeAsync(anonymous, email, category)).Text);

        // GET only asks; POST confirms.
        var page = await anonymous.GetHtmlAsync(link);
        Assert.Contains($"Chcete dostávat novinky z rubriky „Doprava“ na adresu {email}?", page.QuerySelector("main")!.TextContent);
        Assert.Null((await SubscriptionAsync(email, category)).ConfirmedUtc);
        using var confirmed = await AntiforgeryForm.PostAsync(anonymous, link, new Dictionary<string, string?>(), "main form");
        Assert.Contains("Odběr novinek je potvrzený", (await confirmed.ReadHtmlAsync()).QuerySelector("h1")!.TextContent);

        var otherCategory = $"kultura-{Guid.NewGuid():N}@example.cz";
        var result = await fixture.SendAsync(News(category, "Uzavírka Žižkovy ulice od 1. 3."));
        var news = await fixture.Smtp.WaitForMessageAsync(email, m => m.Subject == "Uzavírka Žižkovy ulice od 1. 3.");
        Assert.Contains("Kvůli opravě vodovodu bude Žižkova ulice uzavřena.", news.TextBody);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", Encoding.ASCII.GetString(news.Raw));
        Assert.Contains(email, await AddressesAsync(result.MessageIds));
        Assert.Empty(fixture.Smtp.MessagesTo(otherCategory));

        using var unsubscribed = await fixture.App.CreateClient(handleCookies: false)
            .PostAsync(new Uri(news.Message.Headers["List-Unsubscribe"]!.Trim('<', '>')).PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.NotNull((await SubscriptionAsync(email, category)).UnsubscribedUtc);
        var after = await fixture.SendAsync(News(category, "Další článek"));
        Assert.DoesNotContain(email, await AddressesAsync(after.MessageIds));
    }

    [Fact]
    public async Task A_bad_address_or_a_made_up_category_is_refused_in_Czech_and_stores_nothing_and_a_bad_confirmation_link_confirms_nothing()
    {
        var client = fixture.App.CreateClient();
        var bad = await SubscribeAsync(client, "neni-adresa", "Doprava");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("Zadejte e-mailovou adresu ve tvaru jmeno@example.cz.", bad.Text);
        var email = $"nikdo-{Guid.NewGuid():N}@example.cz";
        var made = await SubscribeAsync(client, email, "Drby");
        Assert.Equal(HttpStatusCode.BadRequest, made.Status);
        Assert.Contains("Vyberte rubriku ze seznamu.", made.Text);
        Assert.False(await fixture.WithAsync<NotificationsDbContext, bool>(db => db.NewsSubscriptions.AnyAsync(s => s.Email == email)));

        using var forged = await client.GetAsync("/odber-novinek/potvrdit/CfDJ8-not-a-token");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task Messages_wait_while_the_SMTP_server_is_down_and_each_is_delivered_exactly_once_when_it_is_back()
    {
        var (accountId, citizenEmail) = await fixture.CitizenAsync("Božena", "Němcová");
        var category = "Sport";
        var readers = Enumerable.Range(0, 3).Select(i => $"sport-{i}-{Guid.NewGuid():N}@example.cz").ToList();
        await fixture.WithAsync<NotificationsDbContext, int>(db =>
        {
            db.NewsSubscriptions.AddRange(readers.Select(r => new NewsSubscription { Id = Guid.NewGuid(), Email = r, Category = category, CreatedUtc = DateTime.UtcNow, ConfirmedUtc = DateTime.UtcNow }));
            return db.SaveChangesAsync();
        });

        await fixture.Smtp.StopAsync();
        try
        {
            var news = await fixture.SendAsync(News(category, "Zimní stadion otevírá"));
            var citizen = await fixture.SendAsync(new NotificationRequest("watchdog.reminder", NotificationRecipient.Citizen(accountId),
                new WatchdogReminderModel("Očkování psa", "15. 1. 2027", 14, "https://portal.example/"), NotificationChannels.Email));
            var addresses = await AddressesAsync(news.MessageIds);
            var ids = news.MessageIds.Where((_, i) => readers.Contains(addresses[i]!)).Concat(citizen.MessageIds).ToList();
            Assert.Equal(4, ids.Count);
            foreach (var id in ids)
            {
                Assert.Equal(DeliveryStatus.TemporaryFailure, (await fixture.WaitForStatusAsync(id, DeliveryStatus.TemporaryFailure)).Status);
            }
            Assert.Empty(readers.SelectMany(fixture.Smtp.MessagesTo));

            await fixture.Smtp.StartAsync();
            foreach (var id in ids)
            {
                await fixture.WaitForStatusAsync(id, DeliveryStatus.Delivered);
            }
        }
        finally
        {
            if (!fixture.Smtp.IsRunning)
            {
                await fixture.Smtp.StartAsync();
            }
        }
        foreach (var to in readers.Append(citizenEmail))
        {
            Assert.Single(fixture.Smtp.MessagesTo(to));
        }
    }

    private static async Task<(HttpStatusCode Status, string Text)> SubscribeAsync(HttpClient client, string email, string category)
    {
        using var response = await AntiforgeryForm.PostAsync(client, "/odber-novinek",
            new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Category"] = category }, "form[action='/odber-novinek']");
        return (response.StatusCode, (await response.ReadHtmlAsync()).QuerySelector("main")!.TextContent);
    }

    private async Task<List<string?>> AddressesAsync(IReadOnlyList<Guid> ids)
    {
        var addresses = new List<string?>();
        foreach (var id in ids)
        {
            addresses.Add((await fixture.MessageAsync(id)).Address);
        }
        return addresses;
    }

    private Task<NewsSubscription> SubscriptionAsync(string email, string category) =>
        fixture.WithAsync<NotificationsDbContext, NewsSubscription>(db => db.NewsSubscriptions.AsNoTracking().SingleAsync(s => s.Email == email && s.Category == category));
}
