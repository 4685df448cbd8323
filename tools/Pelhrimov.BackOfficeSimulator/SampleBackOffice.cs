using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pelhrimov.BackOfficeSimulator;

/// <summary>
/// The simulated finance and records systems' data: the <c>Receivables</c> and <c>Filings</c> steps of the sample recipe
/// (App_Data.sample/recipe.json), with due dates and payment dates relative to today in Prague as the portal's recipe
/// step computes them. Answers in the contract's shapes (docs/back-office-connector.md).
/// </summary>
public sealed class SampleBackOffice
{
    private static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    private readonly List<JsonObject> receivables = [];
    private readonly List<JsonObject> filings = [];
    private readonly Dictionary<(string Reference, string Id), string> documentFiles = [];

    public SampleBackOffice(string recipePath, TimeProvider clock)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(recipePath))!;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Prague));
        using var recipe = JsonDocument.Parse(File.ReadAllText(recipePath));
        foreach (var step in recipe.RootElement.GetProperty("steps").EnumerateArray())
        {
            switch (step.GetProperty("name").GetString())
            {
                case "Receivables":
                    receivables.AddRange(step.GetProperty("receivables").EnumerateArray().Select(r => Receivable(r, today)));
                    break;
                case "Filings":
                    filings.AddRange(step.GetProperty("filings").EnumerateArray().Select(f => Filing(f, folder)));
                    break;
            }
        }
    }

    public JsonObject ListReceivables(IReadOnlyCollection<string> personIds) =>
        new() { ["receivables"] = new JsonArray([.. receivables.Where(r => Owned(r["receivable"]!, personIds)).Select(r => r["receivable"]!.DeepClone())]) };

    /// <summary>The receivable with its payments and history; null when it does not exist or is not of one of <paramref name="personIds"/>.</summary>
    public JsonObject? FindReceivable(string id, IReadOnlyCollection<string> personIds) =>
        receivables.FirstOrDefault(r => (string?)r["receivable"]!["id"] == id && Owned(r["receivable"]!, personIds))?.DeepClone().AsObject();

    public JsonObject ListFilings(IReadOnlyCollection<string> personIds) =>
        new() { ["filings"] = new JsonArray([.. filings.Where(f => Owned(f["filing"]!, personIds)).Select(f => f["filing"]!.DeepClone())]) };

    public JsonObject? FindFiling(string reference, IReadOnlyCollection<string> personIds) =>
        filings.FirstOrDefault(f => (string?)f["filing"]!["reference"] == reference && Owned(f["filing"]!, personIds))?.DeepClone().AsObject();

    /// <summary>The file of a document of a filing of one of <paramref name="personIds"/>; null otherwise.</summary>
    public (string Path, string ContentType)? FindDocument(string reference, string documentId, IReadOnlyCollection<string> personIds) =>
        FindFiling(reference, personIds) is not null && documentFiles.TryGetValue((reference, documentId), out var path)
            ? (path, "application/pdf")
            : null;

    private static bool Owned(JsonNode row, IReadOnlyCollection<string> personIds) => personIds.Contains((string?)row["personId"] ?? "");

    private static JsonObject Receivable(JsonElement r, DateOnly today)
    {
        var payments = r.TryGetProperty("payments", out var p) ? p.EnumerateArray().ToList() : [];
        var due = r.TryGetProperty("dueDate", out var dueDate) ? DateOnly.Parse(dueDate.GetString()!, CultureInfo.InvariantCulture) : today.AddDays(r.GetProperty("dueInDays").GetInt32());
        var amount = r.GetProperty("amount").GetDecimal();
        var paid = payments.Sum(x => x.GetProperty("amount").GetDecimal());
        var issued = due.AddDays(-30);
        var history = new JsonArray { new JsonObject { ["at"] = Noon(issued), ["what"] = "Předpis vystaven", ["note"] = null } };
        foreach (var payment in payments)
        {
            var date = today.AddDays(-payment.GetProperty("daysAgo").GetInt32());
            history.Add(new JsonObject { ["at"] = Noon(date), ["what"] = "Přijata platba", ["note"] = null });
        }
        return new JsonObject
        {
            ["receivable"] = new JsonObject
            {
                ["id"] = r.GetProperty("id").GetString(),
                ["personId"] = r.GetProperty("personId").GetString(),
                ["kind"] = r.GetProperty("kind").GetString(),
                ["period"] = r.GetProperty("period").GetString(),
                ["amount"] = amount,
                ["paid"] = paid,
                ["dueDate"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["variableSymbol"] = r.GetProperty("variableSymbol").GetString(),
                ["specificSymbol"] = Text(r, "specificSymbol"),
                ["constantSymbol"] = Text(r, "constantSymbol"),
                ["accountNumber"] = r.GetProperty("accountNumber").GetString(),
                ["bankCode"] = r.GetProperty("bankCode").GetString(),
                ["cancelled"] = r.TryGetProperty("cancelled", out var c) && c.GetBoolean(),
            },
            ["payments"] = new JsonArray([.. payments.Select(x => (JsonNode)new JsonObject
            {
                ["id"] = x.GetProperty("id").GetString(),
                ["date"] = today.AddDays(-x.GetProperty("daysAgo").GetInt32()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["amount"] = x.GetProperty("amount").GetDecimal(),
                ["source"] = Text(x, "source") ?? "back-office",
            })]),
            ["history"] = history,
        };
    }

    private JsonObject Filing(JsonElement f, string folder)
    {
        var reference = f.GetProperty("reference").GetString()!;
        var submitted = DateTimeOffset.Parse(f.GetProperty("submittedAt").GetString()!, CultureInfo.InvariantCulture);
        var history = f.TryGetProperty("history", out var h) ? h.EnumerateArray().ToList() : [];
        var last = history.Count == 0 ? null : (JsonElement?)history[^1];
        var changed = last is { } l ? DateTimeOffset.Parse(l.GetProperty("at").GetString()!, CultureInfo.InvariantCulture) : submitted;
        var documents = new JsonArray();
        foreach (var d in f.TryGetProperty("documents", out var docs) ? docs.EnumerateArray() : [])
        {
            var id = d.GetProperty("id").GetString()!;
            var path = Path.Combine(folder, d.GetProperty("path").GetString()!);
            documentFiles[(reference, id)] = path;
            var fromCitizen = d.GetProperty("direction").GetString() == "obcan";
            documents.Add(new JsonObject
            {
                ["id"] = id,
                ["fileName"] = d.GetProperty("name").GetString(),
                ["contentType"] = "application/pdf",
                ["size"] = new FileInfo(path).Length,
                ["direction"] = d.GetProperty("direction").GetString(),
                ["addedAt"] = (fromCitizen ? submitted : changed).ToString("O", CultureInfo.InvariantCulture),
            });
        }
        return new JsonObject
        {
            ["filing"] = new JsonObject
            {
                ["reference"] = reference,
                ["personId"] = f.GetProperty("personId").GetString(),
                ["subject"] = f.GetProperty("subject").GetString(),
                ["status"] = last is { } s ? s.GetProperty("status").GetString() : "prijato",
                ["submittedAt"] = submitted.ToString("O", CultureInfo.InvariantCulture),
                ["statusChangedAt"] = changed.ToString("O", CultureInfo.InvariantCulture),
                ["caseNumber"] = Text(f, "caseNumber"),
                ["department"] = Text(f, "department"),
            },
            ["fileMark"] = Text(f, "fileMark"),
            ["channel"] = f.GetProperty("channel").GetString(),
            ["clerk"] = Text(f, "clerk"),
            ["source"] = Text(f, "source"),
            // Only what the citizen may read: the public note, never the internal one or the clerk's account.
            ["history"] = new JsonArray([.. history.Select(x => (JsonNode)new JsonObject
            {
                ["at"] = DateTimeOffset.Parse(x.GetProperty("at").GetString()!, CultureInfo.InvariantCulture).ToString("O", CultureInfo.InvariantCulture),
                ["status"] = x.GetProperty("status").GetString(),
                ["note"] = Text(x, "note"),
            })]),
            ["documents"] = documents,
        };
    }

    private static string Noon(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
