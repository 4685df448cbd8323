using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Pelhrimov.Payments.Gateways;
using Pelhrimov.Receivables.CardPayments.Controllers;
using Pelhrimov.Receivables.CardPayments.Domain;
using Pelhrimov.Receivables.Controllers;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Tests.People;
using static Pelhrimov.Tests.Receivables.CardPayments.CardPaymentFlow;

namespace Pelhrimov.Tests.Receivables.CardPayments;

/// <summary>
/// Paying by card from <c>/zaplatit</c> without signing in (ADR 0035): the portal against the gateway simulator on
/// another origin. Each test is a visitor from an address of its own with receivables and symbols of its own.
/// </summary>
public sealed class PayWithCodeCardTests(CardPaymentApps apps) : IClassFixture<CardPaymentApps>
{
    private PortalApp Portal => apps.Portal;

    [Fact]
    public async Task A_visitor_with_the_symbol_and_code_pays_what_is_left_by_card_and_it_is_booked_once_with_a_receipt_only_they_can_open()
    {
        var api = await Portal.ApiClientAsync();
        var (id, symbol, code) = await api.CreateReceivableAsync(personId: "OS-000001", amount: 1_250.50m);
        (await api.PutPaymentAsync(id, "BANKA-" + symbol, 250m)).EnsureSuccessStatusCode();
        var visitor = Portal.Visitor();

        using var details = await visitor.PayAsync(symbol, code);
        var detailsPage = await details.ReadHtmlAsync();
        var button = detailsPage.QuerySelector("form.card-payment-with-code button[type=submit]");
        Assert.NotNull(button);
        Assert.Equal("Zaplatit kartou 1\u00A0000,50\u00A0Kč", button.TextContent.Trim());
        var attemptsBefore = await apps.AttemptCountAsync();

        using var start = await SubmitCardFormAsync(visitor, detailsPage, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var toGateway = await start.ReadHtmlAsync();
        Assert.Equal("Přechod na platební bránu", toGateway.QuerySelector("h1")!.TextContent.Trim());
        var gatewayPage = new Uri(toGateway.QuerySelector("main a.button")!.GetAttribute("href")!);
        Assert.Equal(attemptsBefore + 1, await apps.AttemptCountAsync());

        var back = await ActAtGatewayAsync(apps.Gateway, gatewayPage, "zaplatit", new() { ["Dvakrat"] = "true" });
        var reference = ReferenceOf(back);
        Assert.Equal(new Uri(Portal.BaseAddress, CardPaymentPaths.WithCodeResult(reference)), back);
        var attempt = await apps.WaitForNotificationsAsync(reference, 2);
        Assert.Equal(PaymentStatus.Paid, attempt.Status);
        Assert.Equal(CardPaymentAttempt.NoAccount, attempt.AccountId);
        Assert.Equal(1_000.50m, attempt.Amount);
        Assert.Equal(id, Assert.Single(attempt.Items).ReceivableId);

        using var receiptResponse = await visitor.GetAsync(back.PathAndQuery);
        Assert.Equal("no-store", receiptResponse.Headers.CacheControl?.ToString());
        var receipt = await receiptResponse.ReadHtmlAsync();
        Assert.Equal("Zaplaceno", receipt.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("1\u00A0000,50\u00A0Kč", receipt.QuerySelector(".receipt-amount")!.TextContent.Trim());
        Assert.Equal(symbol, receipt.QuerySelector(".receipt-symbol")!.TextContent.Trim());
        Assert.Equal(attempt.TransactionId, receipt.QuerySelector(".receipt-transaction")!.TextContent.Trim());
        Assert.DoesNotContain("OS-000001", receipt.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Novák", receipt.Body.TextContent, StringComparison.Ordinal);
        Assert.Empty(receipt.QuerySelectorAll("a[href^='/muj-portal']"));

        // The return page again, the pending check: still one card payment on the receivable.
        using var again = await Portal.CreateClient().GetAsync(back.PathAndQuery);
        var card = Assert.Single(await apps.PaymentsAsync(id), p => p.Source == PaymentSource.Card);
        Assert.Equal(1_000.50m, card.Amount);
        Assert.Equal(2, (await apps.PaymentsAsync(id)).Count);
    }

    [Fact]
    public async Task Another_client_without_the_reference_and_a_guessed_reference_get_404_and_a_citizen_attempt_is_not_reachable_here()
    {
        var api = await Portal.ApiClientAsync();
        var (_, symbol, code) = await api.CreateReceivableAsync(personId: "OS-000001", amount: 300m);
        var visitor = Portal.Visitor();
        using var details = await visitor.PayAsync(symbol, code);
        using var start = await SubmitCardFormAsync(visitor, await details.ReadHtmlAsync(), new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);

        var other = Portal.CreateClient();
        using var guessed = await other.GetAsync(CardPaymentPaths.WithCodeResult("abcdefghijklmnop"));
        var citizenAttempt = await CitizenAttemptReferenceAsync();
        using var citizens = await other.GetAsync(CardPaymentPaths.WithCodeResult(citizenAttempt));

        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, citizens.StatusCode);
    }

    [Theory]
    [InlineData("wrong-code")]
    [InlineData("other-receivable")]
    [InlineData("paid-receivable")]
    public async Task A_wrong_code_or_a_tampered_receivable_gets_a_Czech_message_at_the_code_and_starts_nothing(string tampering)
    {
        var api = await Portal.ApiClientAsync();
        var (id, symbol, code) = await api.CreateReceivableAsync(personId: "OS-000001", amount: 700m);
        var (otherId, _, _) = await api.CreateReceivableAsync(personId: "OS-000003", amount: 9_000m);
        var visitor = Portal.Visitor();
        using var details = await visitor.PayAsync(symbol, code);
        var detailsPage = await details.ReadHtmlAsync();
        Assert.NotNull(detailsPage.QuerySelector("form.card-payment-with-code"));
        if (tampering == "paid-receivable")
        {
            (await api.PutPaymentAsync(id, "BANKA-" + symbol, 700m)).EnsureSuccessStatusCode();
        }
        var attemptsBefore = await apps.AttemptCountAsync();
        var fields = tampering switch
        {
            "wrong-code" => new Dictionary<string, string?> { ["Code"] = code == "2222-2222" ? "3333-3333" : "2222-2222" },
            "other-receivable" => new Dictionary<string, string?> { [CardPaymentPaths.ReceivableField] = otherId },
            _ => new Dictionary<string, string?>(),
        };

        using var response = await SubmitCardFormAsync(visitor, detailsPage, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var message = page.QuerySelector("#Code-error")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(message));
        Assert.Matches("[áčěířšůýž]", message);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal(attemptsBefore, await apps.AttemptCountAsync());
        Assert.DoesNotContain("9\u00A0000", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_card_start_shares_the_per_address_limit_of_the_pay_with_code_form()
    {
        var visitor = Portal.Visitor();
        var api = await Portal.ApiClientAsync();
        var (_, symbol, code) = await api.CreateReceivableAsync(personId: "OS-000001", amount: 100m);
        using var details = await visitor.PayAsync(symbol, code);
        var detailsPage = await details.ReadHtmlAsync();
        HttpStatusCode last = HttpStatusCode.OK;
        for (var i = 0; i < 12 && last != HttpStatusCode.TooManyRequests; i++)
        {
            using var response = await SubmitCardFormAsync(visitor, detailsPage, new Dictionary<string, string?> { ["Code"] = "2222-2222" });
            last = response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }

    /// <summary>Submits "Zaplatit kartou" from the details <c>/zaplatit</c> answered, with <paramref name="values"/> replacing its fields.</summary>
    private Task<HttpResponseMessage> SubmitCardFormAsync(HttpClient visitor, IDocument details, Dictionary<string, string?> values)
    {
        var form = (IHtmlFormElement)details.QuerySelector("form.card-payment-with-code")!;
        return HtmlForm.From(form, new Uri(Portal.BaseAddress, PayWithCodeController.Path)).SubmitAsync(visitor, values, null);
    }

    /// <summary>A signed-in citizen's attempt (the cart), whose reference must not open the page for payments with a code.</summary>
    private async Task<string> CitizenAttemptReferenceAsync()
    {
        var api = await Portal.ApiClientAsync();
        var id = await CardPaymentApps.ReceivableAsync(api, "OS-000001", 200m);
        var jan = await Portal.SignInLinkedCitizenAsync("jan-novak", "OS-000001");
        await StartAsync(jan.Client, id);
        return Assert.Single(await apps.AttemptsOfAsync(jan.AccountId), a => a.Items.Any(i => i.ReceivableId == id)).Reference;
    }
}
