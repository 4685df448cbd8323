using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Pelhrimov.Tests.NiaSimulator;

[SameOnEveryDatabase]
public sealed class EndSessionTests(SharedPortalApp app)
{
    private readonly NiaFlow _nia = new(app);

    private string LogoutUri => new Uri(app.BaseAddress, "/nia-test/odhlaseno").ToString();

    [Fact]
    public async Task Logout_with_an_id_token_hint_stops_with_NIA_error_202_and_keeps_the_session()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var idToken = await _nia.IdTokenAsync("jan-novak");
        await _nia.CodeAsync(client, "jan-novak");

        using var response = await client.GetAsync(EndSession(("id_token_hint", idToken)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("erc=202", location);
        Assert.DoesNotContain("/nia-test/", location);
        using var errorPage = await client.GetAsync(location);
        Assert.Contains("202", await errorPage.Content.ReadAsStringAsync());
        var page = await client.GetHtmlAsync(_nia.AuthorizeUrl());
        Assert.NotNull(page.QuerySelector("#persona-jan-novak[checked]"));
    }

    [Fact]
    public async Task Logout_without_a_hint_ends_the_NIA_session_and_returns_with_the_state()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        await _nia.CodeAsync(client, "jan-novak");

        using var response = await client.GetAsync(EndSession());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(LogoutUri + "?", location.ToString());
        Assert.Equal("odhlaseni-1", QueryHelpers.ParseQuery(location.Query)["state"].ToString());
        var page = await client.GetHtmlAsync(_nia.AuthorizeUrl());
        Assert.Null(page.QuerySelector("input[name=persona][checked]"));
    }

    [Fact]
    public async Task Logout_requires_a_registered_client_id()
    {
        using var response = await app.CreateClient(allowAutoRedirect: false).GetAsync(EndSession(("client_id", null)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Logout_never_returns_to_another_host()
    {
        using var response = await app.CreateClient(allowAutoRedirect: false)
            .GetAsync(EndSession(("post_logout_redirect_uri", "https://utocnik.example/")));

        Assert.Null(response.Headers.Location);
    }

    private string EndSession(params (string Name, string? Value)[] overrides)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = NiaFlow.ClientId,
            ["post_logout_redirect_uri"] = LogoutUri,
            ["state"] = "odhlaseni-1",
        };
        foreach (var (name, value) in overrides)
        {
            parameters[name] = value;
        }
        return QueryHelpers.AddQueryString("/nia-simulator/FPSTS/oidc/endsession", parameters.Where(p => p.Value is not null));
    }
}
