using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Filings.Data;
using Pelhrimov.Tests.ApiClients;

namespace Pelhrimov.Tests.Filings;

/// <summary>The records system as the tests play it: an API client with <c>filings.write</c> calling the real endpoints.</summary>
internal sealed class RecordsSystem(HttpClient http, string token)
{
    public const string Scope = "filings.write";

    /// <summary>A minimal valid PDF (its signature is what the portal checks).</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static async Task<RecordsSystem> ConnectAsync(PortalApp app, string scope = Scope)
    {
        var staff = await app.CreateStaffClientAsync();
        var client = await staff.CreateApiClientAsync("Spisová služba " + Guid.NewGuid().ToString("N")[..6], scope);
        var http = app.CreateApiClient();
        return new RecordsSystem(http, await http.TokenAsync(client));
    }

    public static object Filing(string personId = "OS-009001", string subject = "Žádost o kopii rozhodnutí", string channel = "portal",
        string submittedAt = "2026-11-29T10:15:00+01:00", string? department = "Finanční odbor") =>
        new { personId, subject, channel, submittedAt, department, caseNumber = (string?)null };

    public Task<HttpResponseMessage> PutFilingAsync(string id, object body) => SendAsync(HttpMethod.Put, $"/api/v1/podani/{id}", JsonContent.Create(body));

    public Task<HttpResponseMessage> PutRawAsync(string id, string json) =>
        SendAsync(HttpMethod.Put, $"/api/v1/podani/{id}", new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> ChangeStatusAsync(string id, object body, string? idempotencyKey) =>
        SendAsync(HttpMethod.Post, $"/api/v1/podani/{id}/stav", JsonContent.Create(body), idempotencyKey);

    public Task<HttpResponseMessage> PutDocumentAsync(string id, string documentId, byte[] content, string contentType, string name = "rozhodnuti.pdf", string direction = "urad")
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return SendAsync(HttpMethod.Put, $"/api/v1/podani/{id}/dokumenty/{documentId}?nazev={Uri.EscapeDataString(name)}&smer={direction}", body);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    /// <summary>Creates a filing and returns the portal's reference number.</summary>
    public async Task<string> CreateAsync(string id, string personId, string subject = "Žádost o kopii rozhodnutí", string submittedAt = "2026-11-29T10:15:00+01:00", string? department = "Finanční odbor")
    {
        using var response = await PutFilingAsync(id, Filing(personId, subject, submittedAt: submittedAt, department: department));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("reference").GetString()!;
    }

    public async Task ChangeAsync(string id, string status, string? note = null, string? internalNote = null)
    {
        using var response = await ChangeStatusAsync(id, new { status, note, internalNote }, Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return http.SendAsync(request);
    }
}

internal static class FilingsStore
{
    public static Task<T> FilingsAsync<T>(this PortalApp app, Func<FilingsDbContext, Task<T>> query) =>
        app.InScopeAsync(sp => query(sp.GetRequiredService<FilingsDbContext>()));

    /// <summary>Stored domain events of a type whose payload mentions <paramref name="id"/>.</summary>
    public static Task<List<StoredEvent>> EventsAsync(this PortalApp app, string type, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
            .Where(e => e.Type == type && e.Payload.Contains(id.ToString())).ToListAsync());

    public static Task<Guid> FilingIdAsync(this PortalApp app, string externalId) =>
        app.FilingsAsync(db => db.Filings.Where(f => f.ExternalId == externalId).Select(f => f.Id).SingleAsync());
}
