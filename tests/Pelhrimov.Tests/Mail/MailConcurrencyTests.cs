using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;

namespace Pelhrimov.Tests.Mail;

/// <summary>Several web nodes deliver one outbox: each message is claimed by one of them and sent once.</summary>
public sealed class MailConcurrencyTests
{
    [Fact]
    public async Task Two_nodes_delivering_the_same_outbox_never_send_a_message_twice()
    {
        const int count = 40;
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        var options = new PortalAppOptions { Smtp = smtp, Settings = { ["Smtp:BatchSize"] = "5" } };
        await using var first = await PortalApp.StartAsync(site, options);
        await using var second = await PortalApp.StartAsync(site, options);
        var addresses = Enumerable.Range(0, count).Select(i => MailTesting.NewAddress($"adresat{i}")).ToList();

        // All at once, so that both nodes find the whole outbox due together.
        await first.InScopeAsync(sp =>
        {
            var core = sp.GetRequiredService<CoreDbContext>();
            var queue = sp.GetRequiredService<IMailQueue>();
            return SharedTransaction.RunAsync(core, [], async () =>
            {
                foreach (var to in addresses)
                {
                    await queue.EnqueueAsync(new OutgoingMessage(to, "Hromadné oznámení", "Odstávka vody v ulici Nádražní."));
                }
                return true;
            });
        });
        // Besides the two background services, two more passes per node race for the same rows.
        var workers = new[] { first, second, first, second }.Select(a => a.Services.GetRequiredService<MailDeliveryWorker>());
        var sent = await Task.WhenAll(workers.Select(w => Task.Run(() => w.DeliverDueAsync())));

        foreach (var to in addresses)
        {
            await smtp.WaitForMessageAsync(to);
        }
        // Long enough for several more polls by both nodes.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var received = smtp.Received.Where(m => addresses.Contains(m.EnvelopeTo.Single())).ToList();
        Assert.Equal(count, received.Count);
        Assert.Equal(count, received.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.True(sent.Sum() <= count);
        var rows = await first.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().OutgoingMail.AsNoTracking()
            .Where(m => m.Subject == "Hromadné oznámení").ToListAsync());
        Assert.Equal(count, rows.Count);
        Assert.All(rows, r => Assert.Equal((MailStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    [Fact]
    public async Task A_message_claimed_by_another_node_is_left_alone_until_the_claim_lapses()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Smtp = smtp, Settings = { ["Smtp:PollInterval"] = "00:10:00" } });
        var worker = app.Services.GetRequiredService<MailDeliveryWorker>();
        var to = MailTesting.NewAddress();
        var now = DateTime.UtcNow;
        // As another node leaves it while it sends (or after it died sending).
        await app.InScopeAsync(async sp =>
        {
            var core = sp.GetRequiredService<CoreDbContext>();
            core.OutgoingMail.Add(new OutgoingMail
            {
                To = to, Subject = "Rozpracováno jinde", TextBody = "Text", Category = "general", MessageId = "jinde@pelhrimov.test",
                CreatedUtc = now, NextAttemptUtc = now, LockToken = Guid.NewGuid(), LockedUntilUtc = now.AddHours(1),
            });
            return await core.SaveChangesAsync();
        });

        Assert.Equal(0, await worker.DeliverDueAsync());
        Assert.Empty(smtp.MessagesTo(to));

        await app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().OutgoingMail.Where(m => m.To == to)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, now.AddMinutes(-1))));

        Assert.Equal(1, await worker.DeliverDueAsync());
        Assert.Equal("Rozpracováno jinde", (await smtp.WaitForMessageAsync(to)).Subject);
    }
}
