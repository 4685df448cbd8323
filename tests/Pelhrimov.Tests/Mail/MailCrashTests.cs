using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;

namespace Pelhrimov.Tests.Mail;

/// <summary>What a node that dies while sending (kill -9) leaves behind: claims that lapse soon, and at worst a message
/// sent twice under one Message-ID.</summary>
public sealed class MailCrashTests
{
    [Fact]
    public async Task Messages_claimed_by_a_node_that_died_a_minute_ago_are_sent_by_another()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = smtp });
        var to = MailTesting.NewAddress();
        // The claim a worker made 61 seconds ago, before its node was killed mid-batch.
        var claimedAt = DateTime.UtcNow.AddSeconds(-61);
        var claim = app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value.ClaimDuration;
        await app.InScopeAsync(async sp =>
        {
            var core = sp.GetRequiredService<CoreDbContext>();
            core.OutgoingMail.Add(new OutgoingMail
            {
                To = to, Subject = "Po pádu uzlu", TextBody = "Text", Category = "general", MessageId = "po-padu@pelhrimov.test",
                CreatedUtc = claimedAt, NextAttemptUtc = claimedAt, LockToken = Guid.NewGuid(), LockedUntilUtc = claimedAt + claim,
            });
            return await core.SaveChangesAsync();
        });

        await app.Services.GetRequiredService<MailDeliveryWorker>().DeliverDueAsync(TestContext.Current.CancellationToken);

        var received = await smtp.WaitForMessageAsync(to, timeout: TimeSpan.FromSeconds(30));
        Assert.Equal("po-padu@pelhrimov.test", received.Message.MessageId);
        await app.WaitForRowAsync(to, r => r.Status == MailStatus.Sent);
    }

    [Fact]
    public async Task A_message_sent_again_after_a_crash_carries_the_same_Message_ID()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = smtp });
        var to = MailTesting.NewAddress();
        await app.EnqueueAsync(new OutgoingMessage(to, "Potvrzení", "Text", null, null, "general"));
        var first = await smtp.WaitForMessageAsync(to);
        var row = await app.WaitForRowAsync(to, r => r.Status == MailStatus.Sent);

        // As if the node had died after the server took the message and before the row said Sent: its claim lapsed.
        await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().OutgoingMail.Where(m => m.Id == row.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Pending).SetProperty(m => m.SentUtc, (DateTime?)null)
                .SetProperty(m => m.LockToken, Guid.NewGuid()).SetProperty(m => m.LockedUntilUtc, DateTime.UtcNow.AddSeconds(-1))));
        await app.Services.GetRequiredService<MailDeliveryWorker>().DeliverDueAsync(TestContext.Current.CancellationToken);

        await smtp.WaitForMessageAsync(to, m => !ReferenceEquals(m, first));
        var copies = smtp.MessagesTo(to);
        Assert.Equal(2, copies.Count);
        Assert.All(copies, m => Assert.Equal(row.MessageId, m.Message.MessageId));
    }
}
