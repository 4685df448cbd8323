using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Scheduling;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Receivables.CardPayments.Controllers;
using Pelhrimov.Receivables.CardPayments.Data;
using Pelhrimov.Receivables.CardPayments.Services;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Tests.People;
using static Pelhrimov.Tests.Receivables.CardPayments.CardPaymentFlow;

namespace Pelhrimov.Tests.Receivables.CardPayments;

/// <summary>
/// Paying receivables by card: the portal (cart, notification endpoint, return page, pending check) against the gateway
/// simulator on another origin. Jan Novák (<c>OS-000001</c>) pays receivables made for each test; Marie Svobodová
/// (<c>OS-000003</c>) is the other citizen.
/// </summary>
public sealed class CardPaymentTests(CardPaymentApps apps) : IClassFixture<CardPaymentApps>
{
    private PortalApp Portal => apps.Portal;

    [Fact]
    public async Task A_citizen_pays_two_receivables_at_once_and_each_is_booked_once_despite_repeated_and_out_of_order_notifications()
    {
        var api = await Portal.ApiClientAsync();
        var dog = await CardPaymentApps.ReceivableAsync(api, "OS-000001", 1_500m);
        var waste = await CardPaymentApps.ReceivableAsync(api, "OS-000001", 800.50m, "Poplatek za komunální odpad");
        (await api.PutPaymentAsync(waste, "BANKA-1", 300m)).Dispose();
        var jan = await Portal.SignInLinkedCitizenAsync("jan-novak", "OS-000001");

        var list = await jan.Client.GetHtmlAsync("/muj-portal/platby");
        Assert.NotNull(list.QuerySelector($"input[type=checkbox][form={CardPaymentPaths.FormId}][value={dog}]"));
        Assert.NotNull(list.QuerySelector($"form#{CardPaymentPaths.FormId} button[type=submit]"));

        var gatewayPage = await StartAsync(jan.Client, dog, waste);
        Assert.Equal(apps.Gateway.BaseAddress.Authority, gatewayPage.Authority);
        var pending = Assert.Single(await apps.AttemptsOfAsync(jan.AccountId), a => a.Items.Any(i => i.ReceivableId == dog));
        Assert.Equal(PaymentStatus.Pending, pending.Status);
        Assert.Equal(2_000.50m, pending.Amount);
        Assert.Equal([1_500m, 500.50m], pending.Items.OrderBy(i => i.ReceivableId == waste).Select(i => i.Amount));

        var back = await ActAtGatewayAsync(apps.Gateway, gatewayPage, "zaplatit", new() { ["Dvakrat"] = "true", ["MimoPoradi"] = "true" });
        Assert.Equal(new Uri(Portal.BaseAddress, CardPaymentPaths.Result(pending.Reference)), back);

        // The paid notification twice, then a stale one claiming PENDING: three verified notifications, one booking.
        var attempt = await apps.WaitForNotificationsAsync(pending.Reference, 3);
        Assert.Equal(PaymentStatus.Paid, attempt.Status);
        Assert.NotNull(attempt.BookedUtc);
        var dogPayment = Assert.Single(await apps.PaymentsAsync(dog));
        Assert.Equal(("card-" + attempt.TransactionId, 1_500m, PaymentSource.Card), (dogPayment.ExternalId, dogPayment.Amount, dogPayment.Source));
        Assert.Equal(500.50m, Assert.Single(await apps.PaymentsAsync(waste), p => p.Source == PaymentSource.Card).Amount);

        var receipt = await jan.Client.GetHtmlAsync(back.PathAndQuery);
        Assert.Equal("Zaplaceno", receipt.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("2\u00A0000,50\u00A0Kč", receipt.QuerySelector(".receipt-amount")!.TextContent.Trim());
        Assert.Equal(CzechFormat.Date(attempt.BookedUtc!.Value), receipt.QuerySelector(".receipt-date")!.TextContent.Trim());
        Assert.Equal(attempt.TransactionId, receipt.QuerySelector(".receipt-transaction")!.TextContent.Trim());
        Assert.Equal([["Poplatek ze psů 2026", "1\u00A0500\u00A0Kč"], ["Poplatek za komunální odpad 2026", "500,50\u00A0Kč"]],
            Rows(receipt, ".card-payment-items"));
        var detail = await jan.Client.GetHtmlAsync("/muj-portal/platby/" + dog);
        Assert.Equal("uhrazená", detail.QuerySelector(".receivable-status")!.TextContent.Trim());
        Assert.Null(detail.QuerySelector("form.card-payment-single"));
    }

    [Fact]
    public async Task The_return_page_books_before_the_notification_and_the_late_notification_changes_nothing()
    {
        var api = await Portal.ApiClientAsync();
        var id = await CardPaymentApps.ReceivableAsync(api, "OS-000001", 420m);
        var jan = await Portal.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        var detail = await jan.Client.GetHtmlAsync("/muj-portal/platby/" + id);
        Assert.Contains("Zaplatit kartou", detail.QuerySelector("form.card-payment-single button")!.TextContent, StringComparison.Ordinal);

        var gatewayPage = await StartAsync(jan.Client, id);
        var back = await ActAtGatewayAsync(apps.Gateway, gatewayPage, "zaplatit", new() { ["Zpozdeni"] = "2" });
        var receipt = await jan.Client.GetHtmlAsync(back.PathAndQuery);

        Assert.Equal("Zaplaceno", receipt.QuerySelector("h1")!.TextContent.Trim());
        var booked = await apps.AttemptAsync(ReferenceOf(back));
        Assert.Equal(0, booked!.Notifications);
        Assert.Equal(PaymentStatus.Paid, booked.Status);
        Assert.Single(await apps.PaymentsAsync(id));

        var notified = await apps.WaitForNotificationsAsync(booked.Reference, 1);
        Assert.Equal(booked.BookedUtc, notified.BookedUtc);
        Assert.Single(await apps.PaymentsAsync(id));
    }

    [Fact]
    public async Task A_forged_notification_is_refused_with_400_and_books_nothing()
    {
        var api = await Portal.ApiClientAsync();
        var id = await CardPaymentApps.ReceivableAsync(api, "OS-000001", 600m);
        var jan = await Portal.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        await StartAsync(jan.Client, id);
        var attempt = Assert.Single(await apps.AttemptsOfAsync(jan.AccountId), a => a.Items.Any(i => i.ReceivableId == id));
        var gateway = new HttpClient { BaseAddress = Portal.BaseAddress };
        var claimedPaid = new Dictionary<string, string>
        {
            ["merchant"] = CardPaymentApps.MerchantId, ["test"] = "true", ["price"] = "60000", ["curr"] = "CZK", ["label"] = "Platba poplatků",
            ["refId"] = attempt.Reference, ["email"] = "", ["transId"] = attempt.TransactionId!, ["status"] = "PAID",
        };

        using var noSecret = await gateway.PostAsync(CardPaymentPaths.Notification, new FormUrlEncodedContent(claimedPaid));
        using var wrongSecret = await gateway.PostAsync(CardPaymentPaths.Notification,
            new FormUrlEncodedContent(new Dictionary<string, string>(claimedPaid) { ["secret"] = "uhodnute-heslo" }));
        using var notAForm = await gateway.PostAsync(CardPaymentPaths.Notification, new StringContent("{\"status\":\"PAID\"}"));
        // The right secret (a leaked one, a replay) still counts for nothing: the gateway says PENDING.
        using var withSecret = await gateway.PostAsync(CardPaymentPaths.Notification,
            new FormUrlEncodedContent(new Dictionary<string, string>(claimedPaid) { ["secret"] = apps.Secret }));

        Assert.Equal(HttpStatusCode.BadRequest, noSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAForm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        Assert.Equal("code=0&message=OK", await withSecret.Content.ReadAsStringAsync());
        var after = await apps.AttemptAsync(attempt.Reference);
        Assert.Equal((PaymentStatus.Pending, 1, (DateTime?)null), (after!.Status, after.Notifications, after.BookedUtc));
        Assert.Empty(await apps.PaymentsAsync(id));
    }

    [Fact]
    public async Task Another_citizen_can_neither_pay_nor_see_the_result_of_someone_elses_receivables()
    {
        var api = await Portal.ApiClientAsync();
        var jansReceivable = await CardPaymentApps.ReceivableAsync(api, "OS-000001", 250m);
        var jan = await Portal.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        var marie = await Portal.SignInLinkedCitizenAsync("marie-svobodova", "OS-000003");
        await StartAsync(jan.Client, jansReceivable);
        var jansAttempt = Assert.Single(await apps.AttemptsOfAsync(jan.AccountId), a => a.Items.Any(i => i.ReceivableId == jansReceivable));
        var before = await apps.AttemptCountAsync();

        using var paying = await PostCartAsync(marie.Client, jansReceivable);
        using var result = await marie.Client.GetAsync(CardPaymentPaths.Result(jansAttempt.Reference));
        using var guessed = await marie.Client.GetAsync(CardPaymentPaths.Result("neexistuje"));

        Assert.Equal(HttpStatusCode.BadRequest, paying.StatusCode);
        Assert.Contains("nelze zaplatit", (await paying.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, result.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.DoesNotContain(jansAttempt.TransactionId!, await result.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await apps.AttemptCountAsync());
    }

    [Fact]
    public async Task Paying_with_nothing_chosen_explains_it_in_Czech_next_to_the_field_and_creates_nothing()
    {
        var jan = await Portal.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        var before = await apps.AttemptCountAsync();

        using var response = await PostCartAsync(jan.Client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        const string message = "Vyberte alespoň jednu platbu, kterou chcete zaplatit kartou.";
        Assert.Equal(message, page.QuerySelector($"#{CardPaymentPaths.Field}-error")!.TextContent.Trim());
        Assert.Equal(message, page.QuerySelector(".error-summary a[href='#pohledavky']")!.TextContent.Trim());
        Assert.Equal(before, await apps.AttemptCountAsync());
    }

    [Fact]
    public async Task A_cancelled_payment_says_it_was_not_completed_and_books_nothing()
    {
        var api = await Portal.ApiClientAsync();
        var id = await CardPaymentApps.ReceivableAsync(api, "OS-000001", 180m);
        var jan = await Portal.SignInLinkedCitizenAsync("jan-novak", "OS-000001");

        var back = await ActAtGatewayAsync(apps.Gateway, await StartAsync(jan.Client, id), "zrusit");
        var page = await jan.Client.GetHtmlAsync(back.PathAndQuery);

        Assert.Equal("Platba nebyla dokončena", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a.button[href='/muj-portal/platby']"));
        Assert.Equal(PaymentStatus.Cancelled, (await apps.AttemptAsync(ReferenceOf(back)))!.Status);
        Assert.Empty(await apps.PaymentsAsync(id));
    }

    [Fact]
    public async Task A_payment_left_pending_offers_a_refresh_and_the_scheduled_check_books_it_once_paid()
    {
        var api = await Portal.ApiClientAsync();
        var id = await CardPaymentApps.ReceivableAsync(api, "OS-000001", 333m);
        var jan = await Portal.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        var gatewayPage = await StartAsync(jan.Client, id);
        var reference = Assert.Single(await apps.AttemptsOfAsync(jan.AccountId), a => a.Items.Any(i => i.ReceivableId == id)).Reference;

        var pendingPage = await jan.Client.GetHtmlAsync(CardPaymentPaths.Result(reference));
        Assert.Equal("Platba se zpracovává", pendingPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(pendingPage.QuerySelector($"main a.button[href='{CardPaymentPaths.Result(reference)}']"));

        // Paid at the gateway, its notification far away; the payer never comes back.
        await ActAtGatewayAsync(apps.Gateway, gatewayPage, "zaplatit", new() { ["Zpozdeni"] = "300" });
        await RunPendingCheckAsync();

        var attempt = await apps.AttemptAsync(reference);
        Assert.Equal((PaymentStatus.Paid, 0), (attempt!.Status, attempt.Notifications));
        Assert.Equal(333m, Assert.Single(await apps.PaymentsAsync(id)).Amount);
        await RunPendingCheckAsync();
        Assert.Single(await apps.PaymentsAsync(id));
    }

    [Fact]
    public async Task When_the_gateway_cannot_be_reached_the_citizen_is_told_in_Czech_and_nothing_is_booked()
    {
        await using var offline = await PortalApp.StartAsync(options: new PortalAppOptions
        {
            Settings =
            {
                ["ComGate:BaseUrl"] = $"http://127.0.0.1:{PortalApp.FreePort()}/v1.0/",
                ["ComGate:MerchantId"] = CardPaymentApps.MerchantId,
                ["ComGate:Secret"] = apps.Secret,
                ["ComGate:TotalTimeout"] = "00:00:05",
                ["Scheduler:Enabled"] = "false",
            },
        });
        var api = await offline.ApiClientAsync();
        var id = ReceivablesTesting.NewId("KARTA");
        (await api.PutReceivableAsync(id, ReceivablesTesting.Body(personId: "OS-000002", amount: 90m))).Dispose();
        var pavel = await offline.SignInLinkedCitizenAsync("pavel-cernych", "OS-000002");

        using var response = await PostCartAsync(pavel.Client, id);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("Platební brána teď neodpovídá", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"input[name={CardPaymentPaths.Field}][value={id}][checked]"));
        var attempt = Assert.Single(await offline.InScopeAsync(sp =>
            sp.GetRequiredService<CardPaymentsDbContext>().Attempts.AsNoTracking().ToListAsync()));
        Assert.Equal((PaymentStatus.Cancelled, (string?)null), (attempt.Status, attempt.TransactionId));
        Assert.Equal(0, await offline.InScopeAsync(sp => sp.GetRequiredService<ReceivablesDbContext>().Payments
            .CountAsync(p => p.Source == PaymentSource.Card)));
    }

    private Task RunPendingCheckAsync() =>
        Portal.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<PendingCardPaymentsJob>().RunAsync(
                new ScheduledRun(PendingCardPaymentsJob.Name, DateTime.UtcNow, DateTime.UtcNow), CancellationToken.None);
            return true;
        });
}
