using System.Net;
using Pelhrimov.Payments.Gateways;

namespace Pelhrimov.Tests.Payments;

/// <summary>
/// The portal's ComGate client against the gateway simulator on another origin: create, the payer on the simulator's
/// page (driven over HTTP with its antiforgery form), status queries and verified notifications.
/// </summary>
public sealed class CardPaymentTests(GatewayApps apps) : IClassFixture<GatewayApps>
{
    private MerchantHost Merchant => apps.Merchant;

    [Fact]
    public async Task A_payment_paid_on_the_gateway_page_is_reported_paid_by_the_status_query_and_the_verified_notification()
    {
        var created = await CreateAsync(1500.50m);

        Assert.Equal(apps.Gateway.BaseAddress.Authority, created.RedirectUrl.Authority);
        Assert.NotEqual(Merchant.BaseAddress.Authority, created.RedirectUrl.Authority);
        var before = await Merchant.Gateway.GetStatusAsync(created.TransactionId);
        Assert.Equal(PaymentStatus.Pending, before.Status);
        Assert.Equal(1500.50m, before.Amount);
        Assert.Equal("CZK", before.Currency);

        var page = await Payer().GetHtmlAsync(created.RedirectUrl.PathAndQuery);
        Assert.Contains("1\u00A0500,50\u00A0Kč", page.QuerySelector("dl")!.TextContent);
        Assert.Null(page.QuerySelector("input[name*=card i], input[autocomplete^=cc-]"));

        using var paid = await PayAsync(created, "zaplatit");
        // The merchant's return URL is on another origin: a page that moves on (CSP form-action), with ${id} replaced.
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var continuePage = await paid.ReadHtmlAsync();
        var back = continuePage.QuerySelector("a.button")!.GetAttribute("href")!;
        Assert.Equal($"{Merchant.BaseAddress}platby/navrat?id={created.TransactionId}", back);

        await Merchant.WaitUntilAsync(() => Merchant.StatusOf(created.TransactionId) == PaymentStatus.Paid, "the paid notification");
        var after = await Merchant.Gateway.GetStatusAsync(created.TransactionId);
        Assert.Equal(PaymentStatus.Paid, after.Status);
        Assert.Equal(1500.50m, after.Amount);
    }

    [Theory]
    [InlineData("zamitnout")]
    [InlineData("zrusit")]
    public async Task A_payment_refused_by_the_bank_or_cancelled_by_the_payer_ends_cancelled(string action)
    {
        var created = await CreateAsync(200m);

        using var _ = await PayAsync(created, action);

        await Merchant.WaitUntilAsync(() => Merchant.StatusOf(created.TransactionId) is not null, "the cancelled notification");
        Assert.Equal(PaymentStatus.Cancelled, Merchant.StatusOf(created.TransactionId));
        Assert.Equal(PaymentStatus.Cancelled, (await Merchant.Gateway.GetStatusAsync(created.TransactionId)).Status);
    }

    [Fact]
    public async Task Forged_notifications_change_nothing_because_only_the_status_query_counts()
    {
        var created = await CreateAsync(700m);
        using var transport = new HttpClient { BaseAddress = Merchant.BaseAddress };
        var claimedPaid = new Dictionary<string, string>
        {
            ["merchant"] = GatewayApps.MerchantId, ["test"] = "true", ["price"] = "70000", ["curr"] = "CZK", ["label"] = "Poplatek",
            ["refId"] = "x", ["email"] = "", ["transId"] = created.TransactionId, ["status"] = "PAID",
        };

        // Without the secret, with a wrong one, for another merchant: refused before any query.
        using var noSecret = await transport.PostAsync(MerchantHost.NotificationPath, new FormUrlEncodedContent(claimedPaid));
        using var wrongSecret = await transport.PostAsync(MerchantHost.NotificationPath,
            new FormUrlEncodedContent(new Dictionary<string, string>(claimedPaid) { ["secret"] = "uhodnute-heslo" }));
        using var otherMerchant = await transport.PostAsync(MerchantHost.NotificationPath,
            new FormUrlEncodedContent(new Dictionary<string, string>(claimedPaid) { ["merchant"] = "999999", ["secret"] = apps.Secret }));
        // With the right secret (a replay, a leaked secret) the claim still counts for nothing: the gateway says PENDING.
        using var withSecret = await transport.PostAsync(MerchantHost.NotificationPath,
            new FormUrlEncodedContent(new Dictionary<string, string>(claimedPaid) { ["secret"] = apps.Secret }));

        Assert.Equal(HttpStatusCode.BadRequest, noSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherMerchant.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        var received = Merchant.ReceivedFor(created.TransactionId);
        Assert.Equal(4, received.Count);
        Assert.All(received, r => Assert.Equal("PAID", r.ClaimedStatus));
        Assert.Equal(new PaymentStatus?[] { null, null, null, PaymentStatus.Pending }, received.Select(r => r.QueriedStatus));
        Assert.Equal(PaymentStatus.Pending, Merchant.StatusOf(created.TransactionId));
        Assert.Equal(PaymentStatus.Pending, (await Merchant.Gateway.GetStatusAsync(created.TransactionId)).Status);
    }

    [Fact]
    public async Task Late_repeated_and_out_of_order_notifications_end_in_one_final_status()
    {
        var created = await CreateAsync(350m);
        var postedAt = DateTimeOffset.UtcNow;

        using var _ = await PayAsync(created, "zaplatit", new() { ["Zpozdeni"] = "1", ["Dvakrat"] = "true", ["MimoPoradi"] = "true" });

        await Merchant.WaitUntilAsync(() => Merchant.ReceivedFor(created.TransactionId).Count == 3, "three notifications");
        var received = Merchant.ReceivedFor(created.TransactionId);
        // Both moments are wall-clock time, but the simulator's Task.Delay counts on the coarse monotonic clock (steps of a
        // few ms on Linux), so a 1 s delay can end a little before 1 s by the wall clock: 0.9996 s was seen in CI.
        Assert.True(received[0].At - postedAt >= TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(50), $"the first notification came {received[0].At - postedAt} after the payment");
        Assert.Equal(new[] { "PAID", "PAID", "PENDING" }, received.Select(r => r.ClaimedStatus));
        // Each one was followed by a status query, which said PAID every time; the kept status is PAID.
        Assert.All(received, r => Assert.Equal(PaymentStatus.Paid, r.QueriedStatus));
        Assert.Equal(PaymentStatus.Paid, Merchant.StatusOf(created.TransactionId));
    }

    [Fact]
    public async Task A_second_post_of_the_payment_page_changes_nothing()
    {
        var created = await CreateAsync(120m);
        var payer = Payer();
        var form = await AntiforgeryForm.LoadAsync(payer, created.RedirectUrl.PathAndQuery);

        using var first = await form.SubmitAsync(payer, new Dictionary<string, string?> { ["akce"] = "zaplatit" });
        using var second = await form.SubmitAsync(payer, new Dictionary<string, string?> { ["akce"] = "zrusit" });

        Assert.Contains("Platba je už dokončena", (await second.ReadHtmlAsync()).QuerySelector("h1")!.TextContent);
        Assert.Equal(PaymentStatus.Paid, (await Merchant.Gateway.GetStatusAsync(created.TransactionId)).Status);
        var page = await payer.GetHtmlAsync(created.RedirectUrl.PathAndQuery);
        Assert.Null(page.QuerySelector("form button[value=zaplatit]"));
    }

    [Theory]
    [InlineData("pět", "Zpoždění zadejte jako celý počet sekund od 0 do 300.")]
    [InlineData("-1", "Zpoždění zadejte jako celý počet sekund od 0 do 300.")]
    [InlineData("301", "Zpoždění zadejte jako celý počet sekund od 0 do 300.")]
    public async Task A_bad_delay_is_explained_next_to_the_field_and_the_payment_stays_pending(string delay, string message)
    {
        var created = await CreateAsync(100m);

        using var response = await PayAsync(created, "zaplatit", new() { ["Zpozdeni"] = delay });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(message, page.QuerySelector("#delay-error")!.TextContent.Replace("Chyba: ", "").Trim());
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("delay-hint delay-error", page.QuerySelector("#Zpozdeni")!.GetAttribute("aria-describedby"));
        Assert.Equal(PaymentStatus.Pending, (await Merchant.Gateway.GetStatusAsync(created.TransactionId)).Status);
    }

    [Fact]
    public async Task The_gateway_refuses_a_payment_for_a_wrong_secret_and_a_status_query_for_another_merchants_payment()
    {
        var created = await CreateAsync(100m);
        await using var impostor = await MerchantHost.StartAsync(PortalApp.FreePort(),
            new Uri(apps.Gateway.BaseAddress, "platebni-brana-simulator/v1.0/"), GatewayApps.MerchantId, "spatne-heslo");

        var refused = await Assert.ThrowsAsync<PaymentGatewayException>(() => impostor.Gateway.CreatePaymentAsync(Request(100m)));
        var foreign = await Assert.ThrowsAsync<PaymentGatewayException>(() => apps.OtherMerchant.Gateway.GetStatusAsync(created.TransactionId));
        var unknown = await Assert.ThrowsAsync<PaymentGatewayException>(() => Merchant.Gateway.GetStatusAsync("AAAA-BBBB-CCCC"));

        Assert.Equal("1301", refused.GatewayCode);
        Assert.Equal("1400", foreign.GatewayCode);
        Assert.Equal("1400", unknown.GatewayCode);
    }

    [Fact]
    public async Task An_unknown_payment_page_is_a_404_page_in_czech()
    {
        using var response = await Payer().GetAsync("/platebni-brana-simulator/platba/AAAA-BBBB-CCCC");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Platba nenalezena", (await response.ReadHtmlAsync()).QuerySelector("h1")!.TextContent);
    }

    private HttpClient Payer() => apps.Gateway.CreateClient(allowAutoRedirect: false);

    private PaymentRequest Request(decimal amount) => new(
        $"VS{Random.Shared.Next(100_000, 999_999)}", amount, "Poplatek odpad", "jan.novak@example.cz",
        new Uri($"{Merchant.BaseAddress}platby/navrat?id=${{id}}"), Merchant.NotificationUrl);

    private Task<CreatedPayment> CreateAsync(decimal amount) => Merchant.Gateway.CreatePaymentAsync(Request(amount));

    private async Task<HttpResponseMessage> PayAsync(CreatedPayment payment, string action, Dictionary<string, string?>? fields = null)
    {
        var values = new Dictionary<string, string?>(fields ?? []) { ["akce"] = action };
        return await AntiforgeryForm.PostAsync(Payer(), payment.RedirectUrl.PathAndQuery, values);
    }
}
