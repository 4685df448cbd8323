using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Pelhrimov.BrowserTests;

/// <summary>
/// The payment gateway simulator's page in a real browser, served by an app of its own (another origin than the
/// portal): accessible with and without an error, and a payment that returns the payer to the portal's origin.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PaymentGatewaySimulatorPageTests(BrowserFixture browser, PaymentGatewaySimulatorPageTests.GatewayApp gateway)
    : IClassFixture<PaymentGatewaySimulatorPageTests.GatewayApp>
{
    [Fact]
    public async Task The_payment_page_has_no_accessibility_violations_or_browser_problems()
    {
        await using var page = await browser.OpenAsync(await gateway.CreatePaymentAsync(ReturnUrl()));
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(200, page.Status);
        await AxeAssert.NoViolationsAsync(page.Page);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task The_payment_page_with_a_bad_delay_explains_it_accessibly()
    {
        await using var page = await browser.OpenAsync(await gateway.CreatePaymentAsync(ReturnUrl()));

        await page.Page.GetByLabel("Zpoždění oznámení v sekundách").FillAsync("pět");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Zaplatit (platba proběhne)" }).ClickAsync();

        await Assertions.Expect(page.Page.Locator("#delay-error")).ToContainTextAsync("celý počet sekund");
        await AxeAssert.NoViolationsAsync(page.Page);
    }

    [Fact]
    public async Task Paying_by_keyboard_returns_the_payer_to_the_portal_on_its_own_origin()
    {
        await using var page = await browser.OpenAsync(await gateway.CreatePaymentAsync(ReturnUrl()));

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Zaplatit (platba proběhne)" }).FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");

        await page.Page.WaitForURLAsync(new Regex("/platby-test/navrat\\?"));
        var query = QueryHelpers.ParseQuery(new Uri(page.Page.Url).Query);
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", query["id"].ToString());
        Assert.Equal(browser.App.BaseAddress.Authority, new Uri(page.Page.Url).Authority);
    }

    // The portal's origin (a 404 page there is enough: the point is the way back across origins).
    private string ReturnUrl() => new Uri(browser.App?.BaseAddress ?? new Uri("http://127.0.0.1/"), "/platby-test/navrat?id=${id}").OriginalString;

    /// <summary>The simulator in an app of its own, with one shop registered; payments are created over its API.</summary>
    public sealed class GatewayApp : IAsyncLifetime
    {
        private const string Merchant = "123456";
        private readonly string _secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        private PortalApp? _app;

        public async ValueTask InitializeAsync()
        {
            if (!File.Exists(BrowserFixture.Executable))
            {
                return; // the browser fixture skips (or fails under CI) the tests; no second app is needed
            }
            _app = await PortalApp.StartAsync(options: new PortalAppOptions
            {
                Settings =
                {
                    ["PaymentGatewaySimulator:Merchants:0:MerchantId"] = Merchant,
                    ["PaymentGatewaySimulator:Merchants:0:Secret"] = _secret,
                },
            });
        }

        /// <summary>Creates a payment through ComGate's <c>create</c> and returns the page to send the payer to.</summary>
        public async Task<string> CreatePaymentAsync(string returnUrl)
        {
            var app = _app ?? throw new InvalidOperationException("The gateway app did not start: no browser.");
            using var client = app.CreateClient();
            using var response = await client.PostAsync("/platebni-brana-simulator/v1.0/create", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["merchant"] = Merchant, ["secret"] = _secret, ["test"] = "true", ["price"] = "150050", ["curr"] = "CZK",
                ["label"] = "Poplatek odpad", ["refId"] = "VS2026001", ["method"] = "CARD_ALL", ["prepareOnly"] = "true",
                ["email"] = "jan.novak@example.cz", ["url_paid"] = returnUrl, ["url_cancelled"] = returnUrl, ["url_pending"] = returnUrl,
            }));
            var answer = QueryHelpers.ParseQuery(await response.Content.ReadAsStringAsync());
            Assert.Equal("0", answer["code"].ToString());
            return answer["redirect"].ToString();
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }
    }
}
