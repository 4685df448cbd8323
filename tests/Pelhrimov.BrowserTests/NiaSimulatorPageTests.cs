using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Pelhrimov.BrowserTests;

/// <summary>The NIA simulator's persona chooser in a real browser: accessible, and usable by keyboard and by click.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NiaSimulatorPageTests(BrowserFixture browser)
{
    private const string State = "stav-prohlizec";

    [Fact]
    public async Task The_persona_page_has_no_accessibility_violations_or_browser_problems()
    {
        await using var page = await browser.OpenAsync(AuthorizeUrl());
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(200, page.Status);
        await AxeAssert.NoViolationsAsync(page.Page);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task The_persona_page_with_an_error_has_no_accessibility_violations()
    {
        await using var page = await browser.OpenAsync(AuthorizeUrl());

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se a poskytnout údaje" }).ClickAsync();

        await Assertions.Expect(page.Page.Locator("#persona-error")).ToContainTextAsync("Vyberte, za koho se chcete přihlásit.");
        await AxeAssert.NoViolationsAsync(page.Page);
    }

    [Fact]
    public async Task Choosing_a_persona_by_keyboard_returns_to_the_client_with_a_code_and_the_state()
    {
        await using var page = await browser.OpenAsync(AuthorizeUrl());

        await page.Page.Locator("#persona-marie-svobodova").FocusAsync();
        await page.Page.Keyboard.PressAsync("Space");
        await page.Page.Keyboard.PressAsync("Enter");

        await page.Page.WaitForURLAsync(new Regex("/nia-test/navrat\\?"));
        AssertReturnedWithCode(page.Page.Url);
    }

    [Fact]
    public async Task Choosing_a_persona_by_click_returns_to_the_client_with_a_code_and_the_state()
    {
        await using var page = await browser.OpenAsync(AuthorizeUrl());

        await page.Page.GetByLabel("Jan Novák").CheckAsync();
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se a poskytnout údaje" }).ClickAsync();

        await page.Page.WaitForURLAsync(new Regex("/nia-test/navrat\\?"));
        AssertReturnedWithCode(page.Page.Url);
    }

    private static void AssertReturnedWithCode(string url)
    {
        var query = QueryHelpers.ParseQuery(new Uri(url).Query);
        Assert.Equal(State, query["state"].ToString());
        Assert.False(string.IsNullOrEmpty(query["code"].ToString()));
        Assert.False(query.ContainsKey("error"));
    }

    private string AuthorizeUrl() => QueryHelpers.AddQueryString("/nia-simulator/FPSTS/oidc/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = "https://portal.pelhrimov.example/",
        // The default service provider is this app: any return address on its own host is registered.
        // (Without Chromium there is no app; OpenAsync then skips the test.)
        ["redirect_uri"] = new Uri(browser.App?.BaseAddress ?? new Uri("http://localhost/"), "/nia-test/navrat").ToString(),
        ["response_type"] = "code",
        ["scope"] = "openid loasubstantial",
        ["state"] = State,
        ["nonce"] = "jednou-pouzite",
        ["claims"] = """{"id_token":{"PersonIdentifier":null,"CurrentGivenName":null,"CurrentFamilyName":null,"CurrentAddress":null}}""",
    });
}
