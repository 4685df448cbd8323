using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Pelhrimov.Tests.NiaSimulator;

[SameOnEveryDatabase]
public sealed class DiscoveryTests(SharedPortalApp app)
{
    [Fact]
    public async Task Discovery_is_published_where_NIA_publishes_it_with_NIA_issuer_and_endpoints()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/nia-simulator/fpsts/oidc/openid-configuration"));
        var root = json.RootElement;
        var oidc = new Uri(app.BaseAddress, "/nia-simulator/FPSTS/oidc").ToString();

        Assert.Equal("urn:microsoft:cgg2010:fpsts", root.GetProperty("issuer").GetString());
        Assert.Equal(oidc + "/authorize", root.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(oidc + "/token", root.GetProperty("token_endpoint").GetString());
        Assert.Equal(oidc + "/userinfo", root.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal(oidc + "/endsession", root.GetProperty("end_session_endpoint").GetString());
        Assert.Equal(oidc + "/openid-configuration-jwks", root.GetProperty("jwks_uri").GetString());
        Assert.Equal(["code"], Strings(root, "response_types_supported"));
        Assert.Equal(["client_secret_post"], Strings(root, "token_endpoint_auth_methods_supported"));
        Assert.Equal(["RS256"], Strings(root, "id_token_signing_alg_values_supported"));
        Assert.Equal(
            ["openid", "loalow", "loasubstantial", "loahigh", "loamin", "loamax", "loabetter", "loaexact", "forceauthn", "ispassive", "publicsector", "privatesector"],
            Strings(root, "scopes_supported"));
        Assert.Contains("PersonIdentifier", Strings(root, "claims_supported"));
        Assert.Contains("CurrentAddress", Strings(root, "claims_supported"));
    }

    [Fact]
    public async Task Discovery_advertises_neither_PKCE_nor_id_token_encryption_nor_the_profile_scope()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/nia-simulator/fpsts/oidc/openid-configuration"));
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.DoesNotContain("code_challenge_methods_supported", names);
        Assert.DoesNotContain(names, n => n.StartsWith("id_token_encryption_", StringComparison.Ordinal));
        Assert.DoesNotContain("profile", Strings(json.RootElement, "scopes_supported"));
    }

    [Theory]
    // The site root's /.well-known/openid-configuration is the portal's own token server for API clients, not NIA's.
    [InlineData("/nia-simulator/.well-known/openid-configuration")]
    [InlineData("/nia-simulator/fpsts/oidc/.well-known/openid-configuration")]
    public async Task There_is_no_well_known_discovery_document(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/NIA-SIMULATOR/FPSTS/OIDC/OPENID-CONFIGURATION")]
    [InlineData("/nia-simulator/FPSTS/oidc/openid-configuration")]
    public async Task Paths_are_case_insensitive_as_at_NIA(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Jwks_publishes_one_RS256_signing_key_with_a_key_id()
    {
        var jwks = new JsonWebKeySet(await app.CreateClient().GetStringAsync("/nia-simulator/FPSTS/oidc/openid-configuration-jwks"));

        var key = Assert.Single(jwks.Keys);
        Assert.Equal("RSA", key.Kty);
        Assert.Equal("RS256", key.Alg);
        Assert.Equal("sig", key.Use);
        Assert.False(string.IsNullOrEmpty(key.Kid));
        Assert.False(key.HasPrivateKey);
        Assert.Equal(2048, key.KeySize);
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
