using System.Net;
using System.Text.Json;

namespace Pelhrimov.Tests.ApiClients;

/// <summary>The back-office API described at /openapi/v1.json: what a town's integrator reads before writing a client.</summary>
[Collection(PortalCollection.Name)]
public sealed class OpenApiDocumentTests(PortalApp app)
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var response = await app.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task The_document_is_OpenAPI_3_and_describes_only_the_back_office_API()
    {
        var document = await DocumentAsync();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Contains("API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p));
        Assert.Contains("/api/v1/pohledavky/{id}", paths);
        Assert.Contains("/api/v1/pohledavky/{id}/platby/{paymentId}", paths);
        Assert.Contains("/api/v1/pohledavky/davka", paths);
        Assert.Contains("/api/v1/podani/{id}/stav", paths);
        Assert.Contains("/api/v1/osoby/{id}", paths);
        Assert.Contains("/api/v1/klient", paths);
    }

    [Fact]
    public async Task Every_operation_names_the_scope_it_requires_and_the_token_endpoint_grants_them()
    {
        var document = await DocumentAsync();
        var flow = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("clientCredentials")
            .GetProperty("flows").GetProperty("clientCredentials");
        Assert.EndsWith("/api/oauth/token", flow.GetProperty("tokenUrl").GetString());
        var declared = flow.GetProperty("scopes").EnumerateObject().Select(s => s.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "receivables.write", "filings.write", "persons.write" }, declared);

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!operation.Value.TryGetProperty("security", out var security))
                {
                    // Described as public: it must be (the search suggestions are).
                    Assert.Equal("get", operation.Name);
                    using var anonymous = await app.CreateClient().GetAsync(path.Name, TestContext.Current.CancellationToken);
                    Assert.True(anonymous.StatusCode == HttpStatusCode.OK, $"{where} has no security requirement but answers {(int)anonymous.StatusCode} without a token");
                    continue;
                }
                var scopes = security.EnumerateArray().SelectMany(r => r.GetProperty("clientCredentials").EnumerateArray()).Select(s => s.GetString()!).ToList();
                Assert.True(scopes.Count > 0 && scopes.All(declared.Contains), $"{where}: scopes {string.Join(",", scopes)}");
                Assert.True(operation.Value.GetProperty("responses").TryGetProperty("401", out _), $"{where} does not say 401");
            }
        }
        var putReceivable = document.GetProperty("paths").GetProperty("/api/v1/pohledavky/{id}").GetProperty("put");
        Assert.Equal("receivables.write", putReceivable.GetProperty("security")[0].GetProperty("clientCredentials")[0].GetString());
    }

    [Fact]
    public async Task A_write_describes_its_JSON_body_with_the_fields_the_API_validates_and_its_problem_answers()
    {
        var document = await DocumentAsync();
        var put = document.GetProperty("paths").GetProperty("/api/v1/pohledavky/{id}").GetProperty("put");
        var schema = put.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        var fields = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(new HashSet<string> { "personId", "amount", "dueDate", "variableSymbol", "accountNumber", "bankCode" }, fields.ToHashSet());
        var responses = put.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Superset(new HashSet<string> { "200", "201", "400", "401", "403" }, responses.ToHashSet());
        Assert.True(put.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }
}
