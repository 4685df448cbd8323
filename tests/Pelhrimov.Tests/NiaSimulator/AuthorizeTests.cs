using System.Net;
using AngleSharp.Html.Dom;

namespace Pelhrimov.Tests.NiaSimulator;

[SameOnEveryDatabase]
public sealed class AuthorizeTests(SharedPortalApp app)
{
    private readonly NiaFlow _nia = new(app);

    [Fact]
    public async Task An_unknown_client_gets_an_error_page_and_is_never_redirected()
    {
        var url = _nia.AuthorizeUrl(extra: new Dictionary<string, string?> { ["client_id"] = "https://neznamy.example/" });

        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("není v simulátoru registrován", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://utocnik.example/navrat")]
    [InlineData("not-a-url")]
    public async Task A_return_address_not_registered_for_the_client_gets_an_error_page_not_a_redirect(string redirectUri)
    {
        var url = _nia.AuthorizeUrl(extra: new Dictionary<string, string?> { ["redirect_uri"] = redirectUri });

        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("redirect_uri", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("scope", "loasubstantial")]
    [InlineData("response_type", "id_token")]
    [InlineData("response_type", null)]
    [InlineData("response_mode", "form_post")]
    [InlineData("claims", "{not json")]
    public async Task A_malformed_request_is_sent_back_as_invalid_request_with_the_state(string parameter, string? value)
    {
        var url = _nia.AuthorizeUrl(extra: new Dictionary<string, string?> { [parameter] = value });
        if (value is null)
        {
            url = url.Replace("response_type=code&", "");
        }

        var query = await NiaFlow.RedirectQueryAsync(app.CreateClient(allowAutoRedirect: false), url, _nia.RedirectUri);

        Assert.Equal("invalid_request", query["error"]);
        Assert.Equal(NiaFlow.State, query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task The_page_lists_the_personas_and_asks_for_antiforgery()
    {
        var page = await app.CreateClient().GetHtmlAsync(_nia.AuthorizeUrl(claims: NiaFlow.ClaimsJson("CurrentGivenName")));

        Assert.Contains("simulátor", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Toto není skutečná Národní identitní autorita", page.Body!.TextContent);
        var radios = page.QuerySelectorAll("input[type=radio][name=persona]").Cast<IHtmlInputElement>().ToList();
        Assert.True(radios.Count >= 6);
        Assert.All(radios, r => Assert.NotNull(page.QuerySelector($"label[for='{r.Id}']")));
        Assert.NotNull(page.QuerySelector("form input[name=__RequestVerificationToken]"));
        Assert.Contains("Jméno", page.QuerySelector("dl")!.TextContent);
    }

    [Fact]
    public async Task A_persona_whose_means_are_below_the_requested_level_is_disabled_with_the_reason()
    {
        var page = await app.CreateClient().GetHtmlAsync(_nia.AuthorizeUrl(scope: "openid loasubstantial"));

        var low = (IHtmlInputElement)page.QuerySelector("#persona-lukas-prochazka")!;
        Assert.True(low.IsDisabled);
        Assert.Contains("Nelze použít", page.QuerySelector("#persona-lukas-prochazka-hint")!.TextContent);
        Assert.False(((IHtmlInputElement)page.QuerySelector("#persona-jan-novak")!).IsDisabled);
    }

    [Fact]
    public async Task Choosing_a_persona_on_the_page_returns_a_code_with_the_state()
    {
        var client = app.CreateClient(allowAutoRedirect: false);

        using var response = await AntiforgeryForm.PostAsync(client, _nia.AuthorizeUrl(),
            new Dictionary<string, string?> { ["persona"] = "marie-svobodova", ["akce"] = "prihlasit" });

        var query = NiaFlow.RedirectQuery(response, _nia.RedirectUri);
        Assert.Equal(NiaFlow.State, query["state"]);
        Assert.False(string.IsNullOrEmpty(query["code"]));
    }

    [Fact]
    public async Task Submitting_without_a_persona_shows_a_Czech_message_next_to_the_choice()
    {
        var client = app.CreateClient(allowAutoRedirect: false);

        using var response = await AntiforgeryForm.PostAsync(client, _nia.AuthorizeUrl(),
            new Dictionary<string, string?> { ["akce"] = "prihlasit" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("Vyberte, za koho se chcete přihlásit.", page.QuerySelector("#persona-error")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var form = await AntiforgeryForm.LoadAsync(client, _nia.AuthorizeUrl());

        using var response = await form.SubmitAsync(client, new Dictionary<string, string?>
        {
            [AntiforgeryForm.TokenField] = null, ["persona"] = "jan-novak", ["akce"] = "prihlasit",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Cancel_returns_access_denied_to_the_client()
    {
        var client = app.CreateClient(allowAutoRedirect: false);

        using var response = await AntiforgeryForm.PostAsync(client, _nia.AuthorizeUrl(),
            new Dictionary<string, string?> { ["akce"] = "zrusit" });

        var query = NiaFlow.RedirectQuery(response, _nia.RedirectUri);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal(NiaFlow.State, query["state"]);
    }

    [Fact]
    public async Task A_persona_below_the_requested_level_is_refused_with_access_denied()
    {
        var query = await NiaFlow.RedirectQueryAsync(app.CreateClient(allowAutoRedirect: false),
            _nia.AuthorizeUrl("lukas-prochazka", scope: "openid loasubstantial"), _nia.RedirectUri);

        Assert.Equal("access_denied", query["error"]);
        Assert.Contains("úroveň", query["error_description"]);
        Assert.Equal(NiaFlow.State, query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Theory]
    [InlineData("lukas-prochazka", "openid")]
    [InlineData("marie-svobodova", "openid loasubstantial")]
    [InlineData("jan-novak", "openid loahigh")]
    [InlineData("pavel-cernych", "openid loasubstantial loaexact")]
    public async Task A_persona_reaching_the_requested_level_gets_a_code(string persona, string scope)
    {
        var query = await NiaFlow.RedirectQueryAsync(app.CreateClient(allowAutoRedirect: false), _nia.AuthorizeUrl(persona, scope), _nia.RedirectUri);

        Assert.False(query.ContainsKey("error"), query.GetValueOrDefault("error_description"));
        Assert.True(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Exact_level_refuses_a_stronger_means()
    {
        var query = await NiaFlow.RedirectQueryAsync(app.CreateClient(allowAutoRedirect: false),
            _nia.AuthorizeUrl("jan-novak", "openid loasubstantial loaexact"), _nia.RedirectUri);

        Assert.Equal("access_denied", query["error"]);
    }

    [Fact]
    public async Task An_unknown_persona_gets_an_error_page()
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync(_nia.AuthorizeUrl("nikdo"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task The_NIA_session_preselects_the_last_persona_on_the_next_sign_in()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        await _nia.CodeAsync(client, "pavel-cernych");

        var page = await client.GetHtmlAsync(_nia.AuthorizeUrl());

        var checkedRadio = Assert.Single(page.QuerySelectorAll("input[name=persona]").Cast<IHtmlInputElement>(), r => r.IsChecked);
        Assert.Equal("pavel-cernych", checkedRadio.Value);
    }

    [Fact]
    public async Task Without_a_NIA_session_nothing_is_preselected()
    {
        var page = await app.CreateClient().GetHtmlAsync(_nia.AuthorizeUrl());

        Assert.DoesNotContain(page.QuerySelectorAll("input[name=persona]").Cast<IHtmlInputElement>(), r => r.IsChecked);
    }

    [Fact]
    public async Task A_passive_request_uses_the_NIA_session_or_answers_login_required()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var passive = _nia.AuthorizeUrl(scope: "openid ispassive");

        var before = await NiaFlow.RedirectQueryAsync(client, passive, _nia.RedirectUri);
        await _nia.CodeAsync(client, "jan-novak");
        var after = await NiaFlow.RedirectQueryAsync(client, passive, _nia.RedirectUri);

        Assert.Equal("login_required", before["error"]);
        Assert.True(after.ContainsKey("code"));
    }
}
