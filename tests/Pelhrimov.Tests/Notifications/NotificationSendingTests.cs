using System.Text;
using Pelhrimov.Notifications.Domain;
using Pelhrimov.Notifications.Kinds;
using Pelhrimov.Notifications.Sending;
using Pelhrimov.Notifications.Templates;

namespace Pelhrimov.Tests.Notifications;

/// <summary><c>INotifications</c>: e-mail over real SMTP with Czech text and escaped values, the inbox copy, SMS, delivery state.</summary>
public sealed class NotificationSendingTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    private static FilingStatusChangedModel Filing(string note = "Předali jsme ho odboru dopravy.") =>
        new("P-2026-000777", "Žádost o parkovací kartu <script>", "Přijato", "Vyřizuje se", note, "https://portal.example/muj-portal/podani/P-2026-000777");

    [Fact]
    public async Task A_citizen_gets_the_email_with_Czech_text_in_both_parts_and_headers_and_an_escaped_name_only_in_HTML()
    {
        var (accountId, email) = await fixture.CitizenAsync("<b>Jan</b>", "Dvořák");

        var result = await fixture.SendAsync(new NotificationRequest("filing.status-changed", NotificationRecipient.Citizen(accountId), Filing()));

        Assert.Equal(2, result.MessageIds.Count);
        Assert.Empty(result.Skipped);
        var received = await fixture.Smtp.WaitForMessageAsync(email);
        var mail = received.Message;
        Assert.Equal("Podání P-2026-000777: Vyřizuje se", mail.Subject);
        Assert.Equal([email], received.EnvelopeTo);
        Assert.Equal("<b>Jan</b> Dvořák", Assert.IsType<MimeKit.MailboxAddress>(Assert.Single(mail.To)).Name);
        var raw = Encoding.ASCII.GetString(received.Raw);
        Assert.Contains("Subject: =?utf-8?", raw, StringComparison.OrdinalIgnoreCase);   // RFC 2047, not raw UTF-8 in the header

        Assert.Contains("Dobrý den, <b>Jan</b> Dvořák,", mail.TextBody);
        Assert.Contains("Žádost o parkovací kartu <script>", mail.TextBody);
        Assert.Contains("„Vyřizuje se“", mail.TextBody);
        Assert.Contains("Dobrý den, &lt;b&gt;Jan&lt;/b&gt; Dvořák,", mail.HtmlBody);
        Assert.Contains("Žádost o parkovací kartu &lt;script&gt;", mail.HtmlBody);
        Assert.DoesNotContain("<b>Jan</b>", mail.HtmlBody);
        Assert.Contains("Předali jsme ho odboru dopravy.", mail.HtmlBody);

        var sent = await fixture.WaitForStatusAsync(result.MessageIds[1], DeliveryStatus.Delivered);
        Assert.Equal((NotificationChannel.Email, email, 1, 1), (sent.Channel, sent.Address, sent.Attempts, sent.TemplateVersion));
        var inbox = await fixture.MessageAsync(result.MessageIds[0]);
        Assert.Equal((NotificationChannel.Inbox, DeliveryStatus.Delivered, accountId), (inbox.Channel, inbox.Status, inbox.AccountId));
    }

    [Fact]
    public async Task A_department_gets_only_the_email_and_the_channels_it_cannot_be_reached_on_are_reported()
    {
        var to = $"odbor-{Guid.NewGuid():N}@example.cz";

        var result = await fixture.SendAsync(new NotificationRequest("form.submitted", NotificationRecipient.Department("Odbor dopravy", to),
            new FormSubmittedModel("Přihlášení psa", "F-1", "29. 11. 2026 14:05", "https://portal.example/"),
            NotificationChannels.Email | NotificationChannels.Inbox | NotificationChannels.Sms));

        Assert.Single(result.MessageIds);
        Assert.Equal(2, result.Skipped.Count);
        var received = await fixture.Smtp.WaitForMessageAsync(to);
        Assert.Equal("Přijali jsme váš formulář „Přihlášení psa“", received.Subject);
        Assert.Contains("Dobrý den, Odbor dopravy,", received.TextBody);
    }

    [Fact]
    public async Task An_SMS_goes_to_the_gateway_when_the_citizen_has_a_phone_number_and_is_skipped_when_not()
    {
        var (withPhone, _) = await fixture.CitizenAsync("Marie", "Svobodová", "+420777123456");
        var (withoutPhone, _) = await fixture.CitizenAsync("Petr", "Malý");
        var model = new WatchdogReminderModel("Platnost řidičského průkazu", "15. 1. 2027", 14, "https://portal.example/");

        var sent = await fixture.SendAsync(new NotificationRequest("watchdog.reminder", NotificationRecipient.Citizen(withPhone), model, NotificationChannels.Sms));
        var skipped = await fixture.SendAsync(new NotificationRequest("watchdog.reminder", NotificationRecipient.Citizen(withoutPhone), model, NotificationChannels.Sms));

        var sms = await fixture.MessageAsync(Assert.Single(sent.MessageIds));
        Assert.Equal((NotificationChannel.Sms, DeliveryStatus.Delivered, "+420777123456", 1), (sms.Channel, sms.Status, sms.Address, sms.Attempts));
        Assert.Contains("Platnost řidičského průkazu", sms.TextBody);
        Assert.Empty(skipped.MessageIds);
        Assert.Equal("SMS: příjemce nemá telefonní číslo.", Assert.Single(skipped.Skipped));
    }

    [Fact]
    public async Task A_wrong_kind_or_model_is_refused_and_records_nothing()
    {
        var to = $"x-{Guid.NewGuid():N}@example.cz";
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.SendAsync(new NotificationRequest("no.such-kind", NotificationRecipient.Address(to), Filing())));
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.SendAsync(new NotificationRequest("form.submitted", NotificationRecipient.Address(to), Filing())));
        Assert.Empty(fixture.Smtp.MessagesTo(to));
    }

    [Fact]
    public async Task A_template_reaches_only_its_model_and_a_missing_value_renders_empty()
    {
        var parts = new TemplateParts("{{ reference }}", "{{ reference.GetType }}|{{ url.Length }}|{{ recipient.AccountId }}|{{ town.name }}",
            "{% if note %}má poznámku{% else %}bez poznámky{% endif %}|{{ days_left }}");

        var rendered = await LiquidTemplates.RenderAsync(parts, Filing(note: null!), new RecipientModel("Jana"), new TownModel("Město Pelhřimov", "https://x/"));

        Assert.Equal("P-2026-000777", rendered.Subject);
        Assert.Equal("|||Město Pelhřimov", rendered.HtmlBody);
        Assert.Equal("bez poznámky|", rendered.TextBody);
    }

    [Fact]
    public void Every_kind_documents_exactly_the_members_of_its_model_and_its_default_template_parses()
    {
        foreach (var kind in BuiltInKinds.All)
        {
            Assert.Equal(TemplateModel.Names(kind.ModelType).Order(), kind.Fields.Select(f => f.Name).Order());
            Assert.Equal(kind.ModelType, kind.Sample.GetType());
            Assert.Empty(TemplateStore.Validate(kind.Default));
        }
    }

    [Fact]
    public async Task A_batch_cut_off_by_the_SMTP_server_stopping_mid_run_arrives_whole_and_once_when_it_is_back()
    {
        var (accountId, email) = await fixture.CitizenAsync("Karel", "Havlíček");
        var titles = Enumerable.Range(1, 30).Select(i => $"Revize kotle č. {i:00} {Guid.NewGuid():N}"[..26]).ToList();
        // One waiter per message, so the test waits for the event "5 received" and later for all of them, without sleeps.
        // A message the stop caught in flight keeps its claim until the claim lapses (Smtp:LockDuration, 1 min) and is
        // then picked up by the next poll (up to 30 s): 90 s was too short once on the loaded CI machine.
        var arrivals = titles.Select(t => fixture.Smtp.WaitForMessageAsync(email, m => m.Subject.Contains(t, StringComparison.Ordinal), TimeSpan.FromSeconds(180))).ToList();
        var ids = new List<Guid>();
        foreach (var title in titles)
        {
            ids.AddRange((await fixture.SendAsync(new NotificationRequest("watchdog.reminder", NotificationRecipient.Citizen(accountId),
                new WatchdogReminderModel(title, "15. 1. 2027", 14, "https://portal.example/"), NotificationChannels.Email))).MessageIds);
        }
        Assert.Equal(30, ids.Count);

        int receivedAtStop;
        try
        {
            while (arrivals.Count(a => a.IsCompletedSuccessfully) < 5)
            {
                await Task.WhenAny(arrivals.Where(a => !a.IsCompleted));
            }
            await fixture.Smtp.StopAsync();
            receivedAtStop = fixture.Smtp.MessagesTo(email).Count;
        }
        finally
        {
            await fixture.Smtp.StartAsync();   // the same port: the outbox's retries find it again
        }

        Assert.InRange(receivedAtStop, 5, 29);   // the server went down with part of the batch still to come
        await Task.WhenAll(arrivals);
        foreach (var id in ids)
        {
            await fixture.WaitForStatusAsync(id, DeliveryStatus.Delivered);
        }
        var received = fixture.Smtp.MessagesTo(email);
        // Every message arrived. SMTP cannot tell a message the server stored just before it stopped from one it lost when
        // its reply to DATA never reached the outbox: that one message (at most) is sent again, under the Message-Id it
        // had, by which the recipient's system recognises it; none other is doubled.
        var copies = titles.Select(t => received.Where(m => m.Subject.Contains(t, StringComparison.Ordinal)).ToList()).ToList();
        Assert.All(copies, c => Assert.NotEmpty(c));
        var doubled = copies.Where(c => c.Count > 1).ToList();
        Assert.True(doubled.Count <= 1, $"{doubled.Count} messages arrived more than once.");
        Assert.All(doubled, c => Assert.Equal([c[0].Message.MessageId, c[0].Message.MessageId], c.Select(m => m.Message.MessageId)));
        Assert.Equal(30 + doubled.Count, received.Count);
    }
}
