using System.Net;
using System.Text;
using Pelhrimov.Notifications.Digest;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Preferences;
using Pelhrimov.Notifications.Sending;

namespace Pelhrimov.Tests.Notifications;

/// <summary>A citizen's preferences per kind (channels, digests) and the one-click unsubscribe of RFC 8058, over real SMTP.</summary>
public sealed class NotificationPreferencesTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private const string Filing = "filing.status-changed";

    private static FilingStatusChangedModel FilingModel(string reference) =>
        new(reference, "Žádost o parkovací kartu", "Přijato", "Vyřizuje se", null, "https://portal.example/muj-portal/podani/" + reference);

    private static NotificationRequest ToCitizen(Guid accountId, string reference, NotificationChannels channels = NotificationChannels.Email | NotificationChannels.Inbox | NotificationChannels.Sms) =>
        new(Filing, NotificationRecipient.Citizen(accountId), FilingModel(reference), channels);

    [Fact]
    public async Task The_citizen_switches_channels_off_on_the_account_page_and_the_sender_skips_them_by_preference()
    {
        var (accountId, email) = await fixture.CitizenAsync("Eva", "Šťastná", "+420777000111");
        var client = await fixture.SignInAsync(email);
        var account = await client.GetHtmlAsync("/muj-ucet");
        Assert.NotNull(account.QuerySelector("a[href='/muj-ucet/oznameni']"));

        using var saved = await AntiforgeryForm.PostAsync(client, "/muj-ucet/oznameni", new Dictionary<string, string?>
        {
            ["email-" + Filing] = null, ["sms-" + Filing] = null, ["frekvence-" + Filing] = "Immediately",
        }, "form[action='/muj-ucet/oznameni']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetHtmlAsync("/muj-ucet/oznameni");
        Assert.Contains("Nastavení oznámení jsme uložili.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.False(page.QuerySelector($"input[name='email-{Filing}']")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector($"input[name='schranka-{Filing}']")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input[name='email-form.submitted']")!.HasAttribute("checked"));

        var result = await fixture.SendAsync(ToCitizen(accountId, "P-PREF-1"));

        var inbox = await fixture.MessageAsync(Assert.Single(result.MessageIds));
        Assert.Equal(NotificationChannel.Inbox, inbox.Channel);
        Assert.Equal(["E-mail: vypnuto v nastavení oznámení příjemce.", "SMS: vypnuto v nastavení oznámení příjemce."], result.Skipped);
        Assert.DoesNotContain(fixture.Smtp.MessagesTo(email), m => m.Subject.Contains("P-PREF-1"));
    }

    [Fact]
    public async Task A_made_up_frequency_is_refused_in_Czech_and_changes_nothing()
    {
        var (accountId, email) = await fixture.CitizenAsync();
        var client = await fixture.SignInAsync(email);

        using var refused = await AntiforgeryForm.PostAsync(client, "/muj-ucet/oznameni", new Dictionary<string, string?>
        {
            ["email-" + Filing] = null, ["frekvence-" + Filing] = "Hourly",
        }, "form[action='/muj-ucet/oznameni']");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("vyberte, jak často chcete e-maily dostávat", (await refused.ReadHtmlAsync()).QuerySelector("[role=alert]")!.TextContent);
        var choice = await fixture.WithAsync<NotificationPreferences, NotificationPreference>(p => p.ForAsync(accountId, Filing, CancellationToken.None));
        Assert.True(choice.Email);
        Assert.Equal(0, choice.Id);   // nothing stored
    }

    [Fact]
    public async Task A_daily_digest_collects_the_messages_into_one_email_with_Czech_text_sent_exactly_once_by_two_nodes()
    {
        var (accountId, email) = await fixture.CitizenAsync("Jiří", "Čermák");
        await fixture.WithAsync<NotificationPreferences, bool>(async p =>
        {
            await p.SaveAsync(accountId, [new NotificationPreference { AccountId = accountId, KindKey = Filing, Frequency = EmailFrequency.DailyDigest }], CancellationToken.None);
            return true;
        });

        var first = await fixture.SendAsync(ToCitizen(accountId, "P-SOUHRN-1", NotificationChannels.Email));
        var second = await fixture.SendAsync(ToCitizen(accountId, "P-SOUHRN-2", NotificationChannels.Email));
        var waiting = await fixture.MessageAsync(Assert.Single(first.MessageIds));
        Assert.Equal(DeliveryStatus.Queued, waiting.Status);
        Assert.NotNull(waiting.DigestDueUtc);
        Assert.Equal(0, await fixture.WithAsync<DigestSender, int>(d => d.SendDueAsync(waiting.DigestDueUtc!.Value.AddMinutes(-1), CancellationToken.None)));

        // Two "nodes" (two scopes, two connections) send the due digests at the same time: one e-mail, not two.
        var due = waiting.DigestDueUtc!.Value.AddMinutes(1);
        await Task.WhenAll(
            fixture.WithAsync<DigestSender, int>(d => d.SendDueAsync(due, CancellationToken.None)),
            fixture.WithAsync<DigestSender, int>(d => d.SendDueAsync(due, CancellationToken.None)));

        var digest = await fixture.Smtp.WaitForMessageAsync(email);
        Assert.Equal("Souhrn oznámení z portálu občana (2)", digest.Subject);
        Assert.Contains("Podání P-SOUHRN-1: Vyřizuje se", digest.TextBody);
        Assert.Contains("Podání P-SOUHRN-2: Vyřizuje se", digest.TextBody);
        Assert.Contains("Dobrý den, Jiří Čermák,", digest.TextBody);
        Assert.Contains("<h2>Podání P-SOUHRN-1: Vyřizuje se</h2>", digest.Message.HtmlBody);
        Assert.Equal("Jiří Čermák", Assert.IsType<MimeKit.MailboxAddress>(Assert.Single(digest.Message.To)).Name);
        // RFC 2047 encoded words (MimeKit encodes from the first word with a Czech letter on), not raw UTF-8.
        Assert.Matches("(?im)^Subject: Souhrn =\\?utf-8\\?", Encoding.ASCII.GetString(digest.Raw));
        Assert.StartsWith("<http", digest.Message.Headers["List-Unsubscribe"]);

        var delivered = await fixture.WaitForStatusAsync(second.MessageIds[0], DeliveryStatus.Delivered);
        Assert.Equal(waiting.Id, (await fixture.WaitForStatusAsync(waiting.Id, DeliveryStatus.Delivered)).Id);
        Assert.NotNull(delivered.DigestId);
        Assert.Equal(0, await fixture.WithAsync<DigestSender, int>(d => d.SendDueAsync(due.AddDays(8), CancellationToken.None)));
        Assert.Single(fixture.Smtp.MessagesTo(email));
    }

    [Fact]
    public void Digest_times_are_7_oclock_Prague_time_next_day_or_next_Monday()
    {
        var friday = new DateTime(2026, 12, 4, 10, 0, 0, DateTimeKind.Utc);   // 11:00 in Prague
        Assert.Equal(new DateTime(2026, 12, 5, 6, 0, 0), DigestSchedule.NextUtc(friday, EmailFrequency.DailyDigest));
        Assert.Equal(new DateTime(2026, 12, 7, 6, 0, 0), DigestSchedule.NextUtc(friday, EmailFrequency.WeeklyDigest));
        Assert.Equal(new DateTime(2027, 6, 7, 5, 0, 0), DigestSchedule.NextUtc(new DateTime(2027, 6, 7, 4, 0, 0), EmailFrequency.WeeklyDigest));
        Assert.Null(DigestSchedule.NextUtc(friday, EmailFrequency.Immediately));
    }

    [Fact]
    public async Task The_email_carries_one_click_unsubscribe_headers_GET_only_asks_POST_unsubscribes_and_a_tampered_token_changes_nothing()
    {
        var (accountId, email) = await fixture.CitizenAsync("Zdeněk", "Říha");
        await fixture.SendAsync(ToCitizen(accountId, "P-ODHL-1", NotificationChannels.Email));
        var mail = await fixture.Smtp.WaitForMessageAsync(email);
        var raw = Encoding.ASCII.GetString(mail.Raw);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", raw);
        var header = mail.Message.Headers["List-Unsubscribe"]!;
        Assert.Matches("^<https?://[^>]+/odhlasit-odber/[A-Za-z0-9_-]{60,}>$", header);
        var path = new Uri(header.Trim('<', '>')).PathAndQuery;
        Assert.Contains(path, mail.TextBody);   // the same link under the text
        var anonymous = fixture.App.CreateClient(handleCookies: false);

        // A mail scanner following the link: a page with a button, nothing changed.
        var confirm = await anonymous.GetHtmlAsync(path);
        Assert.Contains("Opravdu už nechcete dostávat oznámení e-mailem „Změna stavu podání“", confirm.QuerySelector("main")!.TextContent);
        Assert.True(await EmailOnAsync(accountId));

        // A tampered token: 404, nothing changed.
        var tampered = path[..^3] + (path[^3] == 'A' ? "B" : "A") + path[^2..];
        using var bad = await anonymous.PostAsync(tampered, OneClick());
        Assert.Equal(HttpStatusCode.NotFound, bad.StatusCode);
        Assert.Contains("Odkaz pro odhlášení neplatí", (await bad.ReadHtmlAsync()).QuerySelector("h1")!.TextContent);
        Assert.True(await EmailOnAsync(accountId));

        // The mail client's one-click POST (RFC 8058): no cookies, no antiforgery token.
        using var done = await anonymous.PostAsync(path, OneClick());
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Odběr jsme zrušili", (await done.ReadHtmlAsync()).QuerySelector("h1")!.TextContent);
        Assert.False(await EmailOnAsync(accountId));
        using var again = await anonymous.PostAsync(path, OneClick());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var after = await fixture.SendAsync(ToCitizen(accountId, "P-ODHL-2", NotificationChannels.Email | NotificationChannels.Inbox));
        Assert.Equal("E-mail: vypnuto v nastavení oznámení příjemce.", Assert.Single(after.Skipped));
        Assert.Single(after.MessageIds);
    }

    [Fact]
    public async Task The_citizen_sees_the_delivery_state_of_their_own_emails_only()
    {
        var (accountId, email) = await fixture.CitizenAsync();
        var (_, otherEmail) = await fixture.CitizenAsync();
        var result = await fixture.SendAsync(ToCitizen(accountId, "P-STAV-1", NotificationChannels.Email));
        await fixture.Smtp.WaitForMessageAsync(email);
        await fixture.WaitForStatusAsync(Assert.Single(result.MessageIds), DeliveryStatus.Delivered);

        var own = await (await fixture.SignInAsync(email)).GetHtmlAsync("/muj-portal/oznameni/doruceni");
        var row = Assert.Single(own.QuerySelectorAll("tbody tr"));
        Assert.Contains("Podání P-STAV-1: Vyřizuje se", row.TextContent);
        Assert.Contains("Doručeno", row.TextContent);
        var other = await (await fixture.SignInAsync(otherEmail)).GetHtmlAsync("/muj-portal/oznameni/doruceni");
        Assert.DoesNotContain("P-STAV-1", other.QuerySelector("main")!.TextContent);
    }

    private static FormUrlEncodedContent OneClick() => new([new("List-Unsubscribe", "One-Click")]);

    private Task<bool> EmailOnAsync(Guid accountId) =>
        fixture.WithAsync<NotificationPreferences, bool>(async p => (await p.ForAsync(accountId, Filing, CancellationToken.None)).Email);
}
