using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Receivables.Data;

namespace Pelhrimov.Tests.Receivables;

/// <summary>Shortcuts of the <c>/zaplatit</c> tests: a visitor from an address of its own, the form, receivables with their codes.</summary>
internal static class PayWithCodeTesting
{
    public const string Path = "/zaplatit";

    /// <summary>
    /// A visitor without a session from a client address of its own (<c>X-Forwarded-For</c>, trusted from loopback), so
    /// that tests sharing an app do not share the per-address limit.
    /// </summary>
    public static HttpClient Visitor(this PortalApp app, string? address = null)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address ?? RandomAddress());
        return client;
    }

    public static string RandomAddress() =>
        $"10.{RandomNumberGenerator.GetInt32(256)}.{RandomNumberGenerator.GetInt32(256)}.{RandomNumberGenerator.GetInt32(1, 255)}";

    /// <summary>A variable symbol no other test uses.</summary>
    public static string NewSymbol() => "9" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Submits the form of <c>/zaplatit</c> with its antiforgery token, as a browser does.</summary>
    public static Task<HttpResponseMessage> PayAsync(this HttpClient visitor, string? variableSymbol, string? code) =>
        AntiforgeryForm.PostAsync(visitor, Path, new Dictionary<string, string?> { ["VariableSymbol"] = variableSymbol, ["Code"] = code }, "form.pay-with-code");

    /// <summary>Creates a receivable through the API with a new variable symbol; returns the code the API answered.</summary>
    public static async Task<(string Id, string Symbol, string Code)> CreateReceivableAsync(this HttpClient api, string personId = "OS-900001",
        decimal amount = 1_200m, string kind = "Poplatek za komunální odpad", string period = "2026", string? symbol = null, bool cancelled = false)
    {
        var id = ReceivablesTesting.NewId("ZAP");
        symbol ??= NewSymbol();
        var body = ReceivablesTesting.Body(personId, amount, kind: kind, period: period);
        body["variableSymbol"] = symbol;
        body["cancelled"] = cancelled;
        using var response = await api.PutReceivableAsync(id, body);
        response.EnsureSuccessStatusCode();
        var json = await response.JsonAsync();
        return (id, symbol, json.GetProperty("paymentCode").GetString()!);
    }

    /// <summary>The stored code of receivable <paramref name="id"/> (without the dash), as the database holds it.</summary>
    public static Task<string?> StoredCodeAsync(this PortalApp app, string id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ReceivablesDbContext>().Receivables.Where(r => r.ExternalId == id).Select(r => r.PaymentCode).SingleAsync());

    public static Task<HttpResponseMessage> ListAsync(this HttpClient api, string query = "?limit=1000") =>
        api.GetAsync(ReceivablesTesting.Api + query);

    public static async Task<string?> ListedCodeAsync(this HttpClient api, string id)
    {
        string? cursor = null;
        do
        {
            using var response = await api.ListAsync("?limit=1000" + (cursor is null ? "" : "&cursor=" + cursor));
            var page = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("id").GetString() == id)
                {
                    return item.GetProperty("paymentCode").GetString();
                }
            }
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return null;
    }
}
