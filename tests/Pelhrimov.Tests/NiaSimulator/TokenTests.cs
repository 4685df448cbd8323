using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Tests.NiaSimulator;

[SameOnEveryDatabase]
public sealed class TokenTests(SharedPortalApp app)
{
    private static readonly string[] ProtocolClaims = ["iss", "aud", "iat", "nbf", "exp", "nonce", "acr", "auth_time"];

    private readonly NiaFlow _nia = new(app);

    [Fact]
    public async Task The_token_response_has_an_opaque_access_token_and_an_id_token()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var code = await _nia.CodeAsync(client, "jan-novak");

        using var response = await NiaFlow.RedeemAsync(client, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", json.RootElement.GetProperty("token_type").GetString());
        Assert.True(json.RootElement.GetProperty("expires_in").GetInt32() > 0);
        Assert.DoesNotContain('.', json.RootElement.GetProperty("access_token").GetString()!);
        Assert.Equal(5, json.RootElement.GetProperty("id_token").GetString()!.Split('.').Length);
    }

    [Fact]
    public async Task The_id_token_is_a_JWE_with_RSA_OAEP_and_A256CBC_HS512_and_no_kid()
    {
        var idToken = await _nia.IdTokenAsync("jan-novak");

        var header = NiaFlow.Header(idToken.Split('.')[0]);
        Assert.Equal("RSA-OAEP", (string?)header["alg"]);
        Assert.Equal("A256CBC-HS512", (string?)header["enc"]);
        Assert.Equal("JWT", (string?)header["cty"]);
        Assert.False(header.ContainsKey("kid"), header.ToJsonString());
    }

    [Fact]
    public async Task The_id_token_decrypts_with_the_SeP_certificate_and_its_signature_matches_the_JWKS()
    {
        var idToken = await _nia.IdTokenAsync("jan-novak");

        var result = await _nia.ValidateAsync(idToken);

        Assert.True(result.IsValid, result.Exception?.ToString());
        var jwks = new JsonWebKeySet(await app.CreateClient().GetStringAsync("/nia-simulator/FPSTS/oidc/openid-configuration-jwks"));
        var inner = ((Microsoft.IdentityModel.JsonWebTokens.JsonWebToken)result.SecurityToken).InnerToken;
        Assert.Equal("RS256", inner.Alg);
        Assert.Equal(Assert.Single(jwks.Keys).Kid, inner.Kid);
    }

    [Fact]
    public async Task Only_the_requested_claims_are_released_besides_the_protocol_claims_and_never_sub()
    {
        var idToken = await _nia.IdTokenAsync("jan-novak", NiaFlow.ClaimsJson("CurrentFamilyName", "DateOfBirth"));

        var payload = NiaFlow.Payload(await _nia.ValidateAsync(idToken));

        Assert.Equal(
            ProtocolClaims.Concat(["CurrentFamilyName", "DateOfBirth"]).Order(StringComparer.Ordinal),
            payload.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.False(payload.ContainsKey("sub"));
        Assert.Equal("Novák", (string?)payload["CurrentFamilyName"]);
        Assert.Equal("1979-03-12", (string?)payload["DateOfBirth"]);
        Assert.Equal(NiaFlow.Issuer, (string?)payload["iss"]);
        Assert.Equal(NiaFlow.ClientId, (string?)payload["aud"]);
        Assert.Equal(NiaFlow.Nonce, (string?)payload["nonce"]);
        Assert.Equal("http://eidas.europa.eu/LoA/high", (string?)payload["acr"]);
    }

    [Fact]
    public async Task Without_a_claims_request_no_attribute_is_released()
    {
        var payload = NiaFlow.Payload(await _nia.ValidateAsync(await _nia.IdTokenAsync("jan-novak")));

        Assert.Equal(ProtocolClaims.Order(StringComparer.Ordinal), payload.Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Attribute_values_have_NIA_formats()
    {
        var claims = NiaFlow.ClaimsJson("PersonIdentifier", "CurrentGivenName", "CurrentFamilyName", "DateOfBirth", "PlaceOfBirth", "CurrentAddress", "tradresaid", "age");

        var payload = NiaFlow.Payload(await _nia.ValidateAsync(await _nia.IdTokenAsync("pavel-cernych", claims)));

        Assert.Matches("^CZ/CZ/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", (string?)payload["PersonIdentifier"]);
        Assert.Equal("PAVEL", (string?)payload["CurrentGivenName"]);
        Assert.Equal("ČERNÝCH", (string?)payload["CurrentFamilyName"]);
        Assert.Equal("1956-07-15", (string?)payload["DateOfBirth"]);
        Assert.Equal("Praha 2", (string?)payload["PlaceOfBirth"]);
        Assert.Matches("^[0-9]+$", (string?)payload["tradresaid"]);
        Assert.Matches("^[0-9]+$", (string?)payload["age"]);

        XNamespace eidas = "http://eidas.europa.eu/attributes/naturalperson";
        var fragment = Encoding.UTF8.GetString(Convert.FromBase64String((string)payload["CurrentAddress"]!));
        var address = XElement.Parse($"<a xmlns:eidas=\"{eidas}\">{fragment}</a>");
        Assert.Equal("1254", address.Element(eidas + "LocatorDesignator")?.Value);
        Assert.Equal("Nádražní", address.Element(eidas + "Thoroughfare")?.Value);
        Assert.Equal("Pelhřimov", address.Element(eidas + "PostName")?.Value);
        Assert.Equal("39301", address.Element(eidas + "PostCode")?.Value);
        Assert.Equal("Pelhřimov", address.Element(eidas + "CvaddressArea")?.Value);
    }

    [Fact]
    public async Task A_persona_without_an_address_never_gets_CurrentAddress_released()
    {
        var claims = NiaFlow.ClaimsJson("PersonIdentifier", "CurrentAddress", "tradresaid");

        var payload = NiaFlow.Payload(await _nia.ValidateAsync(await _nia.IdTokenAsync("josef-marek", claims)));

        Assert.True(payload.ContainsKey("PersonIdentifier"));
        Assert.False(payload.ContainsKey("CurrentAddress"));
        Assert.False(payload.ContainsKey("tradresaid"));
    }

    [Fact]
    public async Task The_same_persona_gets_the_same_PersonIdentifier_on_every_sign_in()
    {
        var claims = NiaFlow.ClaimsJson("PersonIdentifier");

        var first = NiaFlow.Payload(await _nia.ValidateAsync(await _nia.IdTokenAsync("marie-svobodova", claims)));
        var second = NiaFlow.Payload(await _nia.ValidateAsync(await _nia.IdTokenAsync("marie-svobodova", claims)));
        var other = NiaFlow.Payload(await _nia.ValidateAsync(await _nia.IdTokenAsync("jan-novak", claims)));

        Assert.Equal((string?)first["PersonIdentifier"], (string?)second["PersonIdentifier"]);
        Assert.NotEqual((string?)first["PersonIdentifier"], (string?)other["PersonIdentifier"]);
    }

    [Fact]
    public async Task The_minor_is_17_and_not_over_18()
    {
        var claims = """{"id_token":{"age":null,"isAgeOver":{"value":18}}}""";

        var payload = NiaFlow.Payload(await _nia.ValidateAsync(await _nia.IdTokenAsync("tereza-dvorakova", claims)));

        Assert.Equal("17", (string?)payload["age"]);
        Assert.Equal("false", (string?)payload["isAgeOver"]);
    }

    [Fact]
    public async Task Refused_consent_gives_a_token_without_any_attribute_and_keeps_the_NIA_session()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var url = _nia.AuthorizeUrl("eva-kralova", claims: NiaFlow.ClaimsJson("PersonIdentifier", "CurrentGivenName"),
            extra: new Dictionary<string, string?> { ["consent"] = "refuse" });
        var code = (await NiaFlow.RedirectQueryAsync(client, url, _nia.RedirectUri))["code"];

        var payload = NiaFlow.Payload(await _nia.ValidateAsync(await NiaFlow.IdTokenAsync(client, code)));

        Assert.Equal(ProtocolClaims.Order(StringComparer.Ordinal), payload.Select(c => c.Key).Order(StringComparer.Ordinal));
        var page = await client.GetHtmlAsync(_nia.AuthorizeUrl());
        Assert.NotNull(page.QuerySelector("#persona-eva-kralova[checked]"));
    }

    [Fact]
    public async Task Refusing_on_the_page_gives_a_token_without_attributes()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var chosen = await AntiforgeryForm.PostAsync(client, _nia.AuthorizeUrl(claims: NiaFlow.ClaimsJson("PersonIdentifier")),
            new Dictionary<string, string?> { ["persona"] = "jan-novak", ["akce"] = "odmitnout" });
        var code = NiaFlow.RedirectQuery(chosen, _nia.RedirectUri)["code"];

        var payload = NiaFlow.Payload(await _nia.ValidateAsync(await NiaFlow.IdTokenAsync(client, code)));

        Assert.False(payload.ContainsKey("PersonIdentifier"));
    }

    [Fact]
    public async Task A_code_can_be_redeemed_only_once()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var code = await _nia.CodeAsync(client, "jan-novak");

        using var first = await NiaFlow.RedeemAsync(client, code);
        using var second = await NiaFlow.RedeemAsync(client, code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await NiaFlow.AssertErrorAsync(second, "invalid_grant");
    }

    [Fact]
    public async Task A_code_is_refused_to_another_client_and_without_client_id()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        var code = await _nia.CodeAsync(client, "jan-novak");

        using var other = await NiaFlow.RedeemAsync(client, code, "https://jiny.example/");
        using var missing = await client.PostAsync("/nia-simulator/FPSTS/oidc/token", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code }));

        await NiaFlow.AssertErrorAsync(other, "invalid_client", HttpStatusCode.Unauthorized);
        await NiaFlow.AssertErrorAsync(missing, "invalid_client", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Userinfo_answers_an_empty_object_with_a_valid_access_token_and_401_without()
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var tokenResponse = await NiaFlow.RedeemAsync(client, await _nia.CodeAsync(client, "jan-novak", NiaFlow.ClaimsJson("PersonIdentifier")));
        using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var accessToken = json.RootElement.GetProperty("access_token").GetString();

        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/nia-simulator/FPSTS/oidc/userinfo");
        withToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var answered = await client.SendAsync(withToken);
        using var withoutToken = await client.GetAsync("/nia-simulator/FPSTS/oidc/userinfo");
        using var badToken = new HttpRequestMessage(HttpMethod.Post, "/nia-simulator/FPSTS/oidc/userinfo");
        badToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "nesmysl");
        using var refused = await client.SendAsync(badToken);

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("{}", await answered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
