using Pelhrimov.Payments.Gateways;

namespace Pelhrimov.Tests.Payments;

/// <summary>A payer who opens the gateway's page and leaves: the payment stays pending, then expires as cancelled.</summary>
public sealed class AbandonedPaymentTests(ClockedGatewayApps apps) : IClassFixture<ClockedGatewayApps>
{
    [Fact]
    public async Task An_abandoned_payment_stays_pending_until_it_expires_and_then_ends_cancelled()
    {
        var merchant = apps.Merchant;
        var created = await merchant.Gateway.CreatePaymentAsync(new PaymentRequest(
            "VS2026001", 500m, "Poplatek psi", null, new Uri($"{merchant.BaseAddress}platby/navrat?id=${{id}}"), null));
        var payer = apps.Gateway.CreateClient();
        var page = await payer.GetHtmlAsync(created.RedirectUrl.PathAndQuery);
        Assert.NotNull(page.QuerySelector("button[value=zaplatit]"));

        apps.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(PaymentStatus.Pending, (await merchant.Gateway.GetStatusAsync(created.TransactionId)).Status);
        Assert.Null(merchant.StatusOf(created.TransactionId));

        // No one paid within the payment's 30 minutes: the gateway reports it cancelled and tells the merchant.
        apps.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(PaymentStatus.Cancelled, (await merchant.Gateway.GetStatusAsync(created.TransactionId)).Status);
        await merchant.WaitUntilAsync(() => merchant.StatusOf(created.TransactionId) is not null, "the expiry notification");
        Assert.Equal(PaymentStatus.Cancelled, merchant.StatusOf(created.TransactionId));
        var later = await payer.GetHtmlAsync(created.RedirectUrl.PathAndQuery);
        Assert.Equal("Platba je už dokončena", later.QuerySelector("h1")!.TextContent);
    }
}
