using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Dom;

namespace Pelhrimov.Tests.ApiClients;

/// <summary>A client an administrator created through the admin form, with the secret the page showed once.</summary>
internal sealed record CreatedClient(string ClientId, string Secret, IDocument SecretPage);

/// <summary>What the token endpoint answered: the status and the JSON fields (access_token, error, ...).</summary>
internal sealed record TokenResponse(HttpStatusCode Status, JsonElement Json)
{
    public string? AccessToken => Field("access_token");

    public string? Error => Field("error");

    public string? Field(string name) => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty(name, out var value) ? value.ToString() : null;
}

/// <summary>Shortcuts of the API client tests: the admin forms, the token endpoint, calls with a bearer token.</summary>
internal static class ApiClientsTesting
{
    public const string AdminUrl = "/admin/api-klienti";
    public const string TokenPath = "/api/oauth/token";
    public const string WhoAmIPath = "/api/v1/klient";
    public const string PortalHealth = "portal.health";
    public const string TestModuleRead = "testmodule.read";

    /// <summary>Fills and posts the create form; <paramref name="scopes"/> replace the ticked boxes.</summary>
    public static async Task<HttpResponseMessage> PostCreateFormAsync(
        this HttpClient staff, string? displayName, IEnumerable<string> scopes, string? clientId = null, string? note = null)
    {
        var form = await AntiforgeryForm.LoadAsync(staff, AdminUrl + "/novy", $"form[action='{AdminUrl}/novy']");
        var values = new Dictionary<string, string?> { ["DisplayName"] = displayName, ["Note"] = note };
        if (clientId is not null)
        {
            values["ClientId"] = clientId;
        }
        return await form.SubmitWithScopesAsync(staff, values, scopes);
    }

    /// <summary>Creates a client through the admin and reads its id and secret off the one page that shows them.</summary>
    public static async Task<CreatedClient> CreateApiClientAsync(this HttpClient staff, string displayName, params string[] scopes)
    {
        using var response = await staff.PostCreateFormAsync(displayName, scopes);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var secret = page.QuerySelector(".client-secret")?.TextContent.Trim();
        var clientId = page.QuerySelector(".client-id")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(secret), "The page after creating a client shows no secret: " + ErrorsOn(page));
        return new CreatedClient(clientId!, secret!, page);
    }

    /// <summary>Posts a form like <see cref="HtmlForm.SubmitAsync"/>, with every <c>Scopes</c> checkbox replaced by <paramref name="scopes"/>.</summary>
    public static Task<HttpResponseMessage> SubmitWithScopesAsync(
        this HtmlForm form, HttpClient client, IReadOnlyDictionary<string, string?> values, IEnumerable<string> scopes)
    {
        var fields = form.Fields.Where(f => f.Key != "Scopes" && !values.ContainsKey(f.Key))
            .Concat(values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)))
            .Concat(scopes.Select(s => new KeyValuePair<string, string>("Scopes", s)))
            .ToList();
        return client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Asks for a token with the client id and secret in the form body (client_secret_post).</summary>
    public static async Task<TokenResponse> RequestTokenAsync(this HttpClient http, string clientId, string secret, string? scope = null, string grantType = "client_credentials")
    {
        var fields = new Dictionary<string, string> { ["grant_type"] = grantType, ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            fields["scope"] = scope;
        }
        using var response = await http.PostAsync(TokenPath, new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        return new TokenResponse(response.StatusCode, json);
    }

    /// <summary>A token, or a failed assertion that says what the endpoint answered instead.</summary>
    public static async Task<string> TokenAsync(this HttpClient http, CreatedClient client, string? scope = null)
    {
        var response = await http.RequestTokenAsync(client.ClientId, client.Secret, scope);
        Assert.True(response.Status == HttpStatusCode.OK && response.AccessToken is not null,
            $"Token request for {client.ClientId} answered {(int)response.Status}: {response.Json}");
        return response.AccessToken!;
    }

    public static Task<HttpResponseMessage> GetWithTokenAsync(this HttpClient http, string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http.SendAsync(request);
    }

    /// <summary>A plain HTTP client of the app for machine-to-machine calls: no cookies, no redirects.</summary>
    public static HttpClient CreateApiClient(this PortalApp app) => app.CreateClient(handleCookies: false, allowAutoRedirect: false);

    public static string ErrorsOn(IDocument page) =>
        string.Join(" | ", page.QuerySelectorAll(".error-summary li, .field-error").Select(e => e.TextContent.Trim()));
}
