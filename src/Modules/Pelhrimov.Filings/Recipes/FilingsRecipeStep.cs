using System.Globalization;
using System.Text.Json;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Setup;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Filings.Services;

namespace Pelhrimov.Filings.Recipes;

/// <summary>
/// Recipe step <c>Filings</c>: sample filings with their history and documents, through the same service as the API
/// (so each gets its events). Keys make it repeatable: a step run again after a failed setup changes nothing.
/// </summary>
/// <example>
/// { "name": "Filings", "filings": [ { "id": "SSL-2026-000101", "reference": "P-2026-7K3M9", "personId": "OS-000001", "subject": "…", "channel": "portal",
///   "submittedAt": "2026-11-02T09:15:00+01:00", "department": "…", "history": [ { "id": "…", "status": "v-reseni",
///   "at": "…", "actor": "…", "note": "…", "internalNote": "…" } ], "documents": [ { "id": "…", "path": "filings/….pdf", "name": "…", "direction": "urad" } ] } ] }
/// </example>
public sealed class FilingsRecipeStep(FilingsService filings, FilingsDbContext db, CoreDbContext core) : IRecipeStepHandler
{
    private const string Actor = "ukázková data";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            foreach (var item in step.GetProperty("filings").EnumerateArray())
            {
                var id = item.GetProperty("id").GetString()!;
                var data = new FilingData(
                    item.GetProperty("personId").GetString()!,
                    item.GetProperty("subject").GetString()!,
                    FilingTexts.ParseChannel(item.GetProperty("channel").GetString()) ?? throw new InvalidOperationException($"Filing {id}: unknown channel."),
                    Instant(item.GetProperty("submittedAt")),
                    Text(item, "source"), Text(item, "department"), Text(item, "clerk"), Text(item, "caseNumber"), Text(item, "fileMark"));
                var (filing, _) = await filings.UpsertAsync(id, data, Actor, cancellationToken, Text(item, "reference"));
                if (item.TryGetProperty("history", out var history))
                {
                    foreach (var change in history.EnumerateArray())
                    {
                        var status = FilingTexts.ParseStatus(change.GetProperty("status").GetString())
                            ?? throw new InvalidOperationException($"Filing {id}: unknown status.");
                        await filings.ChangeStatusAsync(filing, new StatusChangeRequest(
                            change.GetProperty("id").GetString()!, status, Text(change, "note"), Text(change, "internalNote"),
                            Text(change, "actor") ?? Actor, Instant(change.GetProperty("at"))), cancellationToken);
                    }
                }
                if (item.TryGetProperty("documents", out var documents))
                {
                    foreach (var document in documents.EnumerateArray())
                    {
                        var bytes = await File.ReadAllBytesAsync(context.ResolvePath(document.GetProperty("path").GetString()!), cancellationToken);
                        var type = DocumentType.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, 16)))
                            ?? throw new InvalidOperationException($"Filing {id}: a document is not a PDF, PNG or JPEG.");
                        var direction = FilingTexts.ParseDirection(document.GetProperty("direction").GetString())
                            ?? throw new InvalidOperationException($"Filing {id}: unknown document direction.");
                        await filings.AddDocumentAsync(filing, new DocumentUpload(document.GetProperty("id").GetString()!,
                            DocumentType.SafeFileName(document.GetProperty("name").GetString(), type), type, bytes, direction, Actor), cancellationToken);
                    }
                }
            }
        }, cancellationToken);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTime Instant(JsonElement value) =>
        DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture).UtcDateTime;
}
