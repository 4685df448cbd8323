using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pelhrimov.Tests.ApiClients;

/// <summary>A back-office system as it will work: the administrator creates it, it asks for a token, it calls the API.</summary>
public sealed class TokenFlowTests(SharedPortalApp app)
{
    [Fact]
    public async Task A_client_gets_a_token_with_its_secret_and_the_api_tells_it_who_it_is()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Ekonomický systém", ApiClientsTesting.PortalHealth, ApiClientsTesting.TestModuleRead);
        var api = app.CreateApiClient();

        var token = await api.RequestTokenAsync(client.ClientId, client.Secret);
        using var response = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, token.AccessToken);

        Assert.Equal(HttpStatusCode.OK, token.Status);
        Assert.Equal("Bearer", token.Field("token_type"));
        Assert.InRange(int.Parse(token.Field("expires_in")!, CultureInfo.InvariantCulture), 890, 900);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(client.ClientId, body.GetProperty("clientId").GetString());
        Assert.Equal("Ekonomický systém", body.GetProperty("displayName").GetString());
        Assert.Equal([ApiClientsTesting.PortalHealth, ApiClientsTesting.TestModuleRead],
            body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }

    [Fact]
    public async Task A_token_asked_for_one_scope_carries_only_that_scope()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Spisová služba", ApiClientsTesting.PortalHealth, ApiClientsTesting.TestModuleRead);
        var api = app.CreateApiClient();

        var token = await api.TokenAsync(client, scope: ApiClientsTesting.PortalHealth);
        using var whoAmI = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, token);
        using var testModule = await api.GetWithTokenAsync("/api/v1/test-module/ping", token);

        var body = await whoAmI.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([ApiClientsTesting.PortalHealth], body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.Forbidden, testModule.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_invalid_client()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Hádající systém", ApiClientsTesting.PortalHealth);

        var response = await app.CreateApiClient().RequestTokenAsync(client.ClientId, client.Secret + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("invalid_client", response.Error);
        Assert.Null(response.AccessToken);
    }

    [Fact]
    public async Task A_scope_the_client_was_not_granted_is_refused_with_invalid_scope()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Jen stav portálu", ApiClientsTesting.PortalHealth);
        var api = app.CreateApiClient();

        var notGranted = await api.RequestTokenAsync(client.ClientId, client.Secret, ApiClientsTesting.TestModuleRead);
        var undeclared = await api.RequestTokenAsync(client.ClientId, client.Secret, "receivables.write");

        Assert.Equal(HttpStatusCode.BadRequest, notGranted.Status);
        Assert.Equal("invalid_scope", notGranted.Error);
        Assert.Equal("invalid_scope", undeclared.Error);
        Assert.Null(notGranted.AccessToken);
    }

    [Fact]
    public async Task Only_the_client_credentials_grant_is_served()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Starý systém", ApiClientsTesting.PortalHealth);

        var password = await app.CreateApiClient().RequestTokenAsync(client.ClientId, client.Secret, grantType: "password");
        var refresh = await app.CreateApiClient().RequestTokenAsync(client.ClientId, client.Secret, grantType: "refresh_token");

        Assert.Equal("unsupported_grant_type", password.Error);
        Assert.Equal("unsupported_grant_type", refresh.Error);
    }

    [Fact]
    public async Task An_api_endpoint_answers_401_without_a_token_and_403_for_a_token_without_its_scope()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Jen testovací modul", ApiClientsTesting.TestModuleRead);
        var api = app.CreateApiClient();
        var token = await api.TokenAsync(client);

        using var anonymous = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, token: null);
        using var forged = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, token[..^4] + "AAAA");
        using var lackingScope = await api.GetWithTokenAsync(ApiClientsTesting.WhoAmIPath, token);
        using var staffCookie = await staff.GetAsync(ApiClientsTesting.WhoAmIPath);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.StartsWith("Bearer", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.NotEqual("text/html", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, lackingScope.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, staffCookie.StatusCode);
    }

    [Fact]
    public async Task A_scope_declared_by_another_module_protects_that_modules_endpoint()
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Systém testovacího modulu", ApiClientsTesting.TestModuleRead);
        var api = app.CreateApiClient();

        var token = await api.TokenAsync(client, scope: ApiClientsTesting.TestModuleRead);
        using var response = await api.GetWithTokenAsync("/api/v1/test-module/ping", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(client.ClientId, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("pong").GetString());
    }
}
