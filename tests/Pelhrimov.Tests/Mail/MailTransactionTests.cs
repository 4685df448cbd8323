using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;
using Pelhrimov.Identity.Data;

namespace Pelhrimov.Tests.Mail;

/// <summary>A message queued inside a module's shared transaction is stored and sent with it, or not at all.</summary>
public sealed class MailTransactionTests
{
    // Polling so slow that only the after-commit signal can explain a prompt delivery.
    private static PortalAppOptions SlowPolling(SmtpTestServer smtp) =>
        new() { Smtp = smtp, Settings = { ["Smtp:PollInterval"] = "00:10:00" } };

    [Fact]
    public async Task A_message_queued_in_a_committed_transaction_is_delivered_promptly_after_the_commit()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: SlowPolling(smtp));
        var to = MailTesting.NewAddress();

        await app.InScopeAsync(sp => QueueInTransactionAsync(sp, to, fail: false));

        var received = await smtp.WaitForMessageAsync(to, timeout: TimeSpan.FromSeconds(30));
        Assert.Equal("Potvrzení o přijetí podání", received.Subject);
        Assert.Equal(1, await AuditCountAsync(app, to));
    }

    [Fact]
    public async Task A_rolled_back_transaction_stores_no_message_and_sends_nothing()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var app = await PortalApp.StartAsync(options: SlowPolling(smtp));
        var to = MailTesting.NewAddress();

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.InScopeAsync(sp => QueueInTransactionAsync(sp, to, fail: true)));

        Assert.Empty(await app.OutboxForAsync(to));
        Assert.Equal(0, await AuditCountAsync(app, to));
        // A delivery pass right now finds nothing to send.
        await app.Services.GetRequiredService<MailDeliveryWorker>().DeliverDueAsync();
        Assert.Empty(smtp.MessagesTo(to));

        // The same outbox still works for the next, committed change.
        var next = MailTesting.NewAddress();
        await app.InScopeAsync(sp => QueueInTransactionAsync(sp, next, fail: false));
        await smtp.WaitForMessageAsync(next, timeout: TimeSpan.FromSeconds(30));
        Assert.Empty(smtp.MessagesTo(to));
    }

    /// <summary>What a module does: its own change (here an Identity context as the primary), an audit entry and a message, in one transaction.</summary>
    private static async Task<bool> QueueInTransactionAsync(IServiceProvider services, string to, bool fail)
    {
        var identity = services.GetRequiredService<IdentityDataContext>();
        var core = services.GetRequiredService<CoreDbContext>();
        var audit = services.GetRequiredService<IAuditLog>();
        var queue = services.GetRequiredService<IMailQueue>();
        return await SharedTransaction.RunAsync(identity, [core], async () =>
        {
            audit.Add("test.filing-received", "Filing", to, "Přijato podání.");
            await queue.EnqueueAsync(new OutgoingMessage(to, "Potvrzení o přijetí podání", "Vaše podání jsme přijali."));
            if (fail)
            {
                throw new InvalidOperationException("The module's own change failed after the message was queued.");
            }
            return true;
        });
    }

    private static Task<int> AuditCountAsync(PortalApp app, string entityId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEntries.CountAsync(a => a.EntityId == entityId));
}
