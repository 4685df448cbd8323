using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Pelhrimov.Core.Mail;

namespace Pelhrimov.Tests.Mail;

/// <summary>Queued e-mail delivered by the background worker over real SMTP to a server in the test process.</summary>
public sealed class MailDeliveryTests
{
    private const string CzechSubject = "Potvrzení podání – Žluťoučký kůň úpěl ďábelské ódy";
    private const string CzechText = "Dobrý den,\nvaše podání č. 2026/15 bylo přijato. Děkujeme – Město Pelhřimov.\nŘŠČŽÝÁÍÉŮÚĚŤĎŇ";

    [Fact]
    public async Task A_queued_message_arrives_over_SMTP_with_its_headers_and_Czech_text_intact()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = smtp });
        var to = MailTesting.NewAddress();

        await app.EnqueueAsync(new OutgoingMessage(to, CzechSubject, CzechText, "<p>Vaše podání bylo <strong>přijato</strong>.</p>", "Jana Nováková", "filing-received"));

        var received = await smtp.WaitForMessageAsync(to);
        var message = received.Message;
        Assert.Equal(CzechSubject, message.Subject);
        Assert.Equal(CzechText, message.TextBody!.TrimEnd('\r', '\n').ReplaceLineEndings("\n"));
        Assert.Contains("<strong>přijato</strong>", message.HtmlBody);
        var text = message.BodyParts.OfType<TextPart>().Single(p => p.IsPlain);
        Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
        var recipient = Assert.IsType<MailboxAddress>(Assert.Single(message.To));
        Assert.Equal((to, "Jana Nováková"), (recipient.Address, recipient.Name));
        var sender = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal(("podatelna@pelhrimov.example", "Město Pelhřimov"), (sender.Address, sender.Name));
        Assert.Equal("podatelna@pelhrimov.example", received.EnvelopeFrom);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);

        var row = await app.WaitForRowAsync(to, r => r.Status == MailStatus.Sent);
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.SentUtc);
        Assert.Null(row.LockToken);
    }

    [Fact]
    public async Task A_message_waits_while_the_server_is_down_and_is_delivered_once_it_is_back()
    {
        await using var smtp = await SmtpTestServer.StartAsync(running: false);
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Smtp = smtp,
            Settings = { ["Smtp:RetryDelays:0"] = "00:00:00.300" },
        });
        var to = MailTesting.NewAddress();

        await app.EnqueueAsync(new OutgoingMessage(to, "Připomínka splatnosti", "Poplatek za psa je splatný 31. 3."));

        var failed = await app.WaitForRowAsync(to, r => r.Attempts >= 2);
        Assert.Equal(MailStatus.Pending, failed.Status);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Empty(smtp.Received);

        await smtp.StartAsync();
        var received = await smtp.WaitForMessageAsync(to);
        Assert.Equal("Připomínka splatnosti", received.Subject);
        var sent = await app.WaitForRowAsync(to, r => r.Status == MailStatus.Sent);
        Assert.True(sent.Attempts > failed.Attempts);
        Assert.Null(sent.LastError);
        Assert.Single(smtp.MessagesTo(to));
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_fails_at_once_without_retries()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = smtp });
        var refused = MailTesting.NewAddress("neexistuje");
        var fine = MailTesting.NewAddress();
        smtp.RejectedRecipients.Add(refused);

        await app.EnqueueAsync(new OutgoingMessage(refused, "Neexistující schránka", "Text"));
        await app.EnqueueAsync(new OutgoingMessage(fine, "Existující schránka", "Text"));

        Assert.Equal("Existující schránka", (await smtp.WaitForMessageAsync(fine)).Subject);
        var row = await app.WaitForRowAsync(refused, r => r.Status != MailStatus.Pending);
        Assert.Equal(MailStatus.Failed, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("550", row.LastError);
    }

    [Fact]
    public async Task Without_an_SMTP_host_messages_are_written_to_the_pickup_folder_and_marked_sent()
    {
        await using var app = await PortalApp.StartAsync();
        var to = MailTesting.NewAddress();

        await app.EnqueueAsync(new OutgoingMessage(to, CzechSubject, CzechText, Category: "account-confirmation"));

        var row = await app.WaitForRowAsync(to, r => r.Status == MailStatus.Sent);
        var folder = Path.Combine(app.Site.DataPath, "mail");
        Assert.Equal(folder, app.Services.GetRequiredService<MailDeliveryWorker>().PickupFolder);
        var file = Assert.Single(Directory.GetFiles(folder, $"*-{row.Id}.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(CzechSubject, message.Subject);
        Assert.Equal(CzechText, message.TextBody!.TrimEnd('\r', '\n').ReplaceLineEndings("\n"));
        Assert.Equal(to, message.To.Mailboxes.Single().Address);
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Empty(Directory.GetFiles(folder, "*.part"));
    }

    [Fact]
    public async Task After_the_last_attempt_a_message_is_failed_shown_in_the_admin_and_can_be_sent_again()
    {
        await using var smtp = await SmtpTestServer.StartAsync(running: false);
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Smtp = smtp,
            Settings = { ["Smtp:MaxAttempts"] = "2", ["Smtp:RetryDelays:0"] = "00:00:00.200" },
        });
        var to = MailTesting.NewAddress();
        await app.EnqueueAsync(new OutgoingMessage(to, "Výzva k doplnění podání", "Doplňte prosím přílohu."));

        var failed = await app.WaitForRowAsync(to, r => r.Status == MailStatus.Failed);
        Assert.Equal(2, failed.Attempts);

        var admin = await app.CreateStaffClientAsync();
        var page = await admin.GetHtmlAsync("/admin/posta?stav=nedoruceno");
        var cells = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(to));
        Assert.Contains("Výzva k doplnění podání", cells.TextContent);
        Assert.Contains("Nedoručeno", cells.TextContent);
        Assert.Contains(failed.LastError!, cells.TextContent);
        var dashboard = await admin.GetHtmlAsync("/admin");
        Assert.NotNull(dashboard.QuerySelector("#emaily-podle-stavu"));

        await smtp.StartAsync();
        using var resend = await AntiforgeryForm.PostAsync(admin, "/admin/posta?stav=nedoruceno",
            new Dictionary<string, string?>(), $"form[action='/admin/posta/{failed.Id}/odeslat-znovu']");
        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);

        Assert.Equal("Výzva k doplnění podání", (await smtp.WaitForMessageAsync(to)).Subject);
        var sent = await app.WaitForRowAsync(to, r => r.Status == MailStatus.Sent);
        Assert.Equal(3, sent.Attempts);
    }

    [Fact]
    public async Task The_outgoing_mail_page_needs_the_mail_permission()
    {
        await using var app = await PortalApp.StartAsync();
        var editor = await Identity.StaffMembers.CreateStaffAsync(app, Pelhrimov.Core.Security.StaffRoles.Editor);
        var client = await app.CreateStaffClientAsync(editor.Email, editor.Password);

        using var response = await client.GetAsync("/admin/posta");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
