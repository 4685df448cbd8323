using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pelhrimov.Identity.NiaSimulator.Services;

namespace Pelhrimov.Tests.NiaSimulator;

/// <summary>Drives the simulator as a NIA client does: authorize, code, token; and checks tokens like a standard validator.</summary>
internal sealed class NiaFlow(PortalApp app)
{
    public const string BasePath = "/nia-simulator";
    public const string ClientId = ServiceProviderRegistry.DefaultClientId;
    public const string Issuer = "urn:microsoft:cgg2010:fpsts";
    public const string Nonce = "nonce-4f1e";
    public const string State = "state-93a0";

    /// <summary>A return address on the app's own host: the default SeP accepts it (the page itself does not exist).</summary>
    public string RedirectUri => new Uri(app.BaseAddress, "/nia-test/navrat").ToString();

    public static string ClaimsJson(params string[] names) =>
        new JsonObject { ["id_token"] = new JsonObject(names.Select(n => KeyValuePair.Create(n, (JsonNode?)null))) }.ToJsonString();

    public string AuthorizeUrl(
        string? persona = null, string scope = "openid loasubstantial", string? claims = null, string? fault = null,
        IReadOnlyDictionary<string, string?>? extra = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = State,
            ["nonce"] = Nonce,
            ["claims"] = claims,
            ["persona"] = persona,
            ["fault"] = fault,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            parameters[key] = value;
        }
        return QueryHelpers.AddQueryString(BasePath + "/FPSTS/oidc/authorize", parameters.Where(p => p.Value is not null));
    }

    /// <summary>GETs an authorize URL that should redirect, and returns the redirect's query.</summary>
    public static async Task<Dictionary<string, string>> RedirectQueryAsync(HttpClient noRedirects, string url, string? expectedTarget = null)
    {
        using var response = await noRedirects.GetAsync(url);
        return RedirectQuery(response, expectedTarget);
    }

    public static Dictionary<string, string> RedirectQuery(HttpResponseMessage response, string? expectedTarget = null)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        if (expectedTarget is not null)
        {
            Assert.StartsWith(expectedTarget + "?", location.ToString());
        }
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>Signs in as <paramref name="persona"/> (skipping the page) and returns the code.</summary>
    public async Task<string> CodeAsync(HttpClient noRedirects, string persona, string? claims = null, string scope = "openid loasubstantial", string? fault = null)
    {
        var query = await RedirectQueryAsync(noRedirects, AuthorizeUrl(persona, scope, claims, fault), RedirectUri);
        Assert.Equal(State, query["state"]);
        return query["code"];
    }

    public static Task<HttpResponseMessage> RedeemAsync(HttpClient client, string code, string clientId = ClientId) =>
        client.PostAsync(BasePath + "/FPSTS/oidc/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["client_id"] = clientId,
            // Sent by stock clients and ignored by NIA.
            ["redirect_uri"] = "https://ignored.example/",
            ["code_verifier"] = "ignored-ignored-ignored-ignored-ignored-ignored",
        }));

    /// <summary>The whole sign-in: the id_token for <paramref name="persona"/>.</summary>
    public async Task<string> IdTokenAsync(string persona, string? claims = null, string scope = "openid loasubstantial", string? fault = null)
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        return await IdTokenAsync(client, await CodeAsync(client, persona, claims, scope, fault));
    }

    /// <summary>Redeems <paramref name="code"/> and returns the id_token of the answer, which must be 200.</summary>
    public static async Task<string> IdTokenAsync(HttpClient client, string code, string clientId = ClientId)
    {
        using var response = await RedeemAsync(client, code, clientId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id_token").GetString()!;
    }

    /// <summary>Asserts an OAuth error answer (400 unless told otherwise) with the <c>error</c> code <paramref name="error"/>.</summary>
    public static async Task AssertErrorAsync(HttpResponseMessage response, string error, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        Assert.Equal(status, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(error, json.RootElement.GetProperty("error").GetString());
    }

    /// <summary>What a standard validator says: decrypted with the SeP's key, signature against the published JWKS.</summary>
    public async Task<TokenValidationResult> ValidateAsync(string idToken)
    {
        var jwks = new JsonWebKeySet(await app.CreateClient().GetStringAsync(BasePath + "/FPSTS/oidc/openid-configuration-jwks"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = ClientId,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            TokenDecryptionKeys = [DecryptionKey],
            ClockSkew = TimeSpan.FromMinutes(5),
        });
    }

    /// <summary>The SeP's private key: the default SeP uses the development certificate in the site's data folder.</summary>
    public SecurityKey DecryptionKey =>
        new X509SecurityKey(app.Services.GetRequiredService<ServiceProviderRegistry>().Find(ClientId)!.Certificate);

    /// <summary>The payload of a validated token, as JSON (claim name to value).</summary>
    public static JsonObject Payload(TokenValidationResult result)
    {
        Assert.True(result.IsValid, result.Exception?.ToString());
        var inner = ((JsonWebToken)result.SecurityToken).InnerToken;
        return JsonNode.Parse(Base64UrlEncoder.Decode(inner.EncodedPayload))!.AsObject();
    }

    public static JsonObject Header(string compactPart) => JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(compactPart)))!.AsObject();
}
