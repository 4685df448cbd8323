using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Mail;

namespace Pelhrimov.Tests.Mail;

/// <summary>The delivery worker keeps its SMTP session open across batches (ADR 0053), and replaces one the server dropped.</summary>
public sealed class MailSessionTests
{
    [Fact]
    public async Task Several_batches_go_over_one_session_and_a_session_the_server_dropped_is_replaced_without_a_failed_attempt()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        // The test runs the passes (no polls in the way); the default timeout makes the claim (a minute) exactly two
        // timeouts long, so a resend mid-batch must renew it.
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Smtp = smtp,
            Settings = { ["Smtp:BatchSize"] = "4", ["Smtp:PollInterval"] = "00:10:00", ["Smtp:Timeout"] = "00:00:30" },
        });
        var worker = app.Services.GetRequiredService<MailDeliveryWorker>();
        await worker.DeliverDueAsync(TestContext.Current.CancellationToken);   // whatever the set-up left
        var addresses = Enumerable.Range(0, 10).Select(i => MailTesting.NewAddress($"davka{i}")).ToList();
        await app.InScopeAsync(sp => SharedTransaction.RunAsync(sp.GetRequiredService<CoreDbContext>(), [], async () =>
        {
            foreach (var to in addresses)
            {
                await sp.GetRequiredService<IMailQueue>().EnqueueAsync(new OutgoingMessage(to, "Svoz odpadu", "Ve středu se odpad neodváží."));
            }
            return true;
        }));
        var sessionsBefore = smtp.Sessions;

        // Three batches of at most four, by this pass or the background one woken by the commit: they share the session
        // (one opened now, or none when the set-up's is still open); before, every batch opened and quit its own.
        await worker.DeliverDueAsync(TestContext.Current.CancellationToken);
        foreach (var to in addresses)
        {
            await smtp.WaitForMessageAsync(to);
            await app.WaitForRowAsync(to, r => r.Status == MailStatus.Sent && r.Attempts == 1);
        }
        Assert.InRange(smtp.Sessions - sessionsBefore, 0, 1);

        // The server goes away and comes back: the kept session is dead, the next message goes over a new one at once.
        await smtp.StopAsync();
        await smtp.StartAsync();
        var late = MailTesting.NewAddress("pozde");
        await app.EnqueueAsync(new OutgoingMessage(late, "Změna termínu", "Svoz bude ve čtvrtek."));
        await worker.DeliverDueAsync(TestContext.Current.CancellationToken);

        await smtp.WaitForMessageAsync(late);
        var row = await app.WaitForRowAsync(late, r => r.Status == MailStatus.Sent);
        Assert.Equal((1, null), (row.Attempts, row.LastError));
    }
}
