using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.Data;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;
using Pelhrimov.Tests.ApiClients;

namespace Pelhrimov.Tests.Receivables;

/// <summary>Shortcuts of the receivables tests: an API client with the scope, valid bodies, what the database holds.</summary>
internal static class ReceivablesTesting
{
    public const string Api = "/api/v1/pohledavky";
    public const string Scope = "receivables.write";

    /// <summary>A machine-to-machine client with a token of <paramref name="scope"/>, made through the admin like a real one.</summary>
    public static async Task<HttpClient> ApiClientAsync(this PortalApp app, string scope = Scope)
    {
        var staff = await app.CreateStaffClientAsync();
        var created = await staff.CreateApiClientAsync("Ekonomický systém " + Guid.NewGuid().ToString("N")[..6], scope);
        var http = app.CreateApiClient();
        var token = await http.TokenAsync(created);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static string NewId(string prefix = "P") => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Writes a receivable of 1 500 Kč as the back-office import does (no API client); returns its id.</summary>
    public static async Task<string> WriteReceivableAsync(this PortalApp app, string personId, string kind, DateOnly due)
    {
        var id = "R-" + Guid.NewGuid().ToString("N")[..10];
        await app.InScopeAsync(s => s.GetRequiredService<ReceivableWriter>().UpsertAsync(
            [new ReceivableWrite(id, personId, kind, "2026", 1500m, "CZK", due, "77" + Random.Shared.Next(10000000, 99999999), null, null,
                new BankAccount("19", "1234567890", "0800"), false)], CancellationToken.None));
        return id;
    }

    /// <summary>A valid receivable body; <paramref name="change"/> edits it.</summary>
    public static Dictionary<string, object?> Body(string personId = "OS-900001", decimal amount = 1_200m, string dueDate = "2099-05-31",
        string kind = "Poplatek za komunální odpad", string period = "2026") => new()
    {
        ["personId"] = personId,
        ["kind"] = kind,
        ["period"] = period,
        ["amount"] = amount,
        ["dueDate"] = dueDate,
        ["variableSymbol"] = "2026000101",
        ["specificSymbol"] = "1001",
        ["accountNumber"] = "19-623101",
        ["bankCode"] = "0800",
    };

    public static Task<HttpResponseMessage> PutReceivableAsync(this HttpClient http, string id, object body) =>
        http.PutAsJsonAsync(Api + "/" + id, body);

    public static Task<HttpResponseMessage> PutPaymentAsync(this HttpClient http, string id, string paymentId, decimal amount,
        string date = "2026-04-02", string source = "bank-statement") =>
        http.PutAsJsonAsync(Api + "/" + id + "/platby/" + paymentId, new { date, amount, source });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The field names of a validation problem's <c>errors</c>.</summary>
    public static async Task<List<string>> ProblemFieldsAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.JsonAsync();
        return [.. json.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }

    public static Task<int> HistoryCountAsync(this PortalApp app, string id) =>
        app.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<ReceivablesDbContext>();
            return db.History.CountAsync(h => db.Receivables.Any(r => r.Id == h.ReceivableId && r.ExternalId == id));
        });

    public static Task<bool> ExistsAsync(this PortalApp app, string id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ReceivablesDbContext>().Receivables.AnyAsync(r => r.ExternalId == id));

    /// <summary>The events about receivable <paramref name="id"/>: type and payload, oldest first.</summary>
    public static Task<List<(string Type, string Payload)>> EventsAsync(this PortalApp app, string id) =>
        app.InScopeAsync(async sp =>
        {
            var needle = "\"receivableId\":\"" + id + "\"";
            var rows = await sp.GetRequiredService<CoreDbContext>().Events.AsNoTracking()
                .Where(e => e.Module == "Receivables" && e.Payload.Contains(needle))
                .OrderBy(e => e.Id).Select(e => new { e.Type, e.Payload }).ToListAsync();
            return rows.Select(r => (r.Type, r.Payload)).ToList();
        });
}
