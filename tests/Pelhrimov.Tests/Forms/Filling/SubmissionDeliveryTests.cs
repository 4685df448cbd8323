using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Filings.Data;
using Pelhrimov.Forms.Data;
using Pelhrimov.Forms.Domain;
using Pelhrimov.Forms.Glue;
using Pelhrimov.Tests.Identity;
using Pelhrimov.Tests.Mail;

namespace Pelhrimov.Tests.Forms.Filling;

/// <summary>
/// What happens after a submission is stored is delivered through the domain events (the outbox): a node that dies
/// between storing and delivering loses nothing, and a delivery run again (its completion lost) sends nothing twice.
/// </summary>
public sealed class SubmissionDeliveryTests
{
    private const string Slug = "test-lampa-po-padu";
    private const string Email = "po-padu@example.cz";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    [Fact]
    public async Task A_node_dying_after_the_store_loses_nothing_and_the_receipt_email_and_filing_come_once_after_restart()
    {
        await using var site = await SiteTemplate.CopyAsync(TestEnvironment.Database);
        await using var smtp = await SmtpTestServer.StartAsync();

        var cookies = new CookieContainer();   // the citizen's browser, the same before and after the restart

        // The node acknowledges the submission, then dies before any handler runs (its dispatcher is off).
        string reference;
        Guid submissionId;
        await using (var dying = await PortalApp.StartAsync(site, new PortalAppOptions { Smtp = smtp, Settings = { ["Events:Enabled"] = "false" } }))
        {
            await TestForms.PublishAsync(dying, Slug, TestForms.StreetLight(Slug));
            var client = dying.CreateClient(cookies: cookies);
            reference = await FillAndSubmitAsync(client);
            var stored = await dying.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Submissions.AsNoTracking().SingleAsync(x => x.Reference == reference));
            submissionId = stored.Id;
            Assert.Equal(ReceiptState.Pending, stored.ReceiptState);
            Assert.Equal(1, await dying.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Attachments.CountAsync(a => a.SubmissionId == submissionId)));
            Assert.Equal(3, await PendingDeliveriesAsync(dying, submissionId));   // the receipt, the filing and the workflows, all waiting
            Assert.Empty(await dying.OutboxForAsync(Email));
        }

        var fast = new Dictionary<string, string?> { ["Events:PollInterval"] = "00:00:00.200" };
        await using var restarted = await PortalApp.StartAsync(site, new PortalAppOptions { Smtp = smtp, Settings = fast });
        // The citizen comes back to the confirmation (a node starts its background work after its first response).
        var confirmation = await restarted.CreateClient(cookies: cookies).GetHtmlAsync($"/formulare/podani/{reference}");
        Assert.Contains(reference, confirmation.QuerySelector(".panel__reference")!.TextContent, StringComparison.Ordinal);
        await smtp.WaitForMessageAsync(Email, m => m.Subject.Contains(reference, StringComparison.Ordinal));
        await WaitUntilAsync(async () => await PendingDeliveriesAsync(restarted, submissionId) == 0);
        await AssertDeliveredOnceAsync(restarted, smtp, reference, submissionId, cookies);

        // As if the node had died after each handler's work and before its completion was stored: both run again.
        await restarted.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().EventDeliveries
            .Where(d => d.Event.Type == "forms.submitted" && d.Event.Payload.Contains(submissionId.ToString()))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.CompletedUtc, (DateTime?)null)
                .SetProperty(d => d.NextAttemptUtc, DateTime.UtcNow.AddSeconds(-1))));
        restarted.Services.GetRequiredService<EventDispatchSignal>().Notify();
        await WaitUntilAsync(async () => await PendingDeliveriesAsync(restarted, submissionId) == 0);
        await AssertDeliveredOnceAsync(restarted, smtp, reference, submissionId, cookies);
    }

    private static async Task<string> FillAndSubmitAsync(HttpClient client)
    {
        using (await TestForms.BeginAsync(client, Slug))
        {
        }
        using (var one = await TestForms.StepAsync(client, Slug, "misto", new() { ["ulice"] = "Solní", ["zavada"] = "nesviti" }))
        {
            Assert.Equal($"/formulare/{Slug}/krok/popis", one.LandedOn());
        }
        using (var two = await TestForms.StepAsync(client, Slug, "popis", new() { ["popis-zavady"] = "Nesvítí od pondělí." },
            [new FormFile("foto", "lampa.png", Png, "image/png")]))
        {
            Assert.Equal($"/formulare/{Slug}/krok/kontakt", two.LandedOn());
        }
        using (var three = await TestForms.StepAsync(client, Slug, "kontakt", new() { ["odpoved"] = "ano", ["email"] = Email }))
        {
            Assert.Equal($"/formulare/{Slug}/kontrola", three.LandedOn());
        }
        return await TestForms.SubmitAsync(client, Slug);
    }

    private static async Task AssertDeliveredOnceAsync(PortalApp app, SmtpTestServer smtp, string reference, Guid submissionId, CookieContainer cookies)
    {
        Assert.Single(smtp.MessagesTo(Email), m => m.Subject.Contains(reference, StringComparison.Ordinal));
        Assert.Single(await app.OutboxForAsync(Email));
        var submission = await app.InScopeAsync(s => s.GetRequiredService<FormsDbContext>().Submissions.AsNoTracking().SingleAsync(x => x.Id == submissionId));
        Assert.Equal(ReceiptState.Ready, submission.ReceiptState);
        Assert.Equal(FileSubmission.ExternalId(submissionId), submission.FilingExternalId);
        var filings = await app.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<FilingsDbContext>();
            return await db.Filings.AsNoTracking().Where(f => f.ExternalId == FileSubmission.ExternalId(submissionId))
                .Select(f => new { f.Reference, Documents = db.Documents.Count(d => d.FilingId == f.Id) }).ToListAsync();
        });
        var filing = Assert.Single(filings);
        Assert.Equal(reference, filing.Reference);
        Assert.Equal(1, filing.Documents);
        using var pdf = await app.CreateClient(cookies: cookies).GetAsync($"/formulare/podani/{reference}/potvrzeni.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    private static Task<int> PendingDeliveriesAsync(PortalApp app, Guid submissionId) =>
        app.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().EventDeliveries
            .CountAsync(d => d.Event.Type == "forms.submitted" && d.Event.Payload.Contains(submissionId.ToString()) && d.Status != DeliveryStatus.Done));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "Timed out waiting for the deliveries.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
