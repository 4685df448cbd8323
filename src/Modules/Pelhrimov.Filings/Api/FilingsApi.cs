using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Security;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;
using Pelhrimov.Filings.Services;

namespace Pelhrimov.Filings.Api;

/// <summary>
/// The records system's API under <c>/api/v1/podani</c> (scope <c>filings.write</c>): idempotent upserts of filings,
/// status changes keyed by the caller, document uploads and a cursor-paged list. Invalid input is answered with RFC 9457
/// problem details naming the field and stores nothing. docs/filings.md describes the payloads.
/// </summary>
public static partial class FilingsApi
{
    public const string Path = "/api/v1/podani";
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Path).RequireApiScope(ApiScopes.Write).WithTags("Podání");
        api.MapGet("", ListAsync)
            .WithSummary("Podání seřazená podle id spisové služby, po stránkách (kurzor nextCursor)")
            .Produces<FilingPage>().ProducesValidationProblem();
        api.MapPut("/{id}", UpsertAsync)
            .WithSummary("Založí nebo změní podání s id spisové služby (číslo jednací, spisová značka, útvar, referent)")
            .WithMetadata(ApiJsonBody.Of<FilingInput>())
            .Produces<FilingResource>(StatusCodes.Status201Created).Produces<FilingResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/stav", ChangeStatusAsync)
            .WithSummary("Změní stav podání s poznámkou pro občana; changeId (nebo Idempotency-Key) zajistí, že se změna zapíše jednou")
            .WithMetadata(ApiJsonBody.Of<StatusInput>())
            .Produces<StatusChangeResource>(StatusCodes.Status201Created).Produces<StatusChangeResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id}/dokumenty/{documentId}", PutDocumentAsync)
            .WithSummary("Přiloží dokument: tělo je obsah souboru (PDF, PNG, JPEG), smer=obcan|urad a nazev v dotazu; stejný dokument podruhé nic nezmění")
            .Produces<DocumentResource>(StatusCodes.Status201Created).Produces<DocumentResource>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(HttpContext http, FilingsDbContext db, string? cursor, string? limit)
    {
        var errors = new Dictionary<string, string[]>();
        var page = ApiPaging.Read(limit, cursor, DefaultLimit, MaxLimit, IsValidId, errors);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        var rows = await db.Filings.AsNoTracking().After(f => f.ExternalId, page).OrderBy(f => f.ExternalId).Take(page.Limit + 1).ToListAsync(http.RequestAborted);
        return Results.Ok(new FilingPage([.. rows.Take(page.Limit).Select(Resource)], ApiPaging.NextCursor(rows, page, f => f.ExternalId)));
    }

    private static async Task<IResult> UpsertAsync(HttpContext http, string id, FilingsService filings, FilingsDbContext db, Pelhrimov.Core.Data.CoreDbContext core)
    {
        if (!IsValidId(id))
        {
            return Invalid("id", IdRule("id"));
        }
        var (input, problem) = await ReadJsonAsync<FilingInput>(http);
        if (problem is not null)
        {
            return problem;
        }
        var errors = new Dictionary<string, string[]>();
        var personId = Required(errors, "personId", input!.PersonId, 100, "Zadejte personId: id osoby v evidenci úřadu (např. OS-000123).");
        var subject = Required(errors, "subject", input.Subject, 500, "Zadejte subject: předmět podání.");
        var channel = FilingTexts.ParseChannel(input.Channel);
        if (channel is null)
        {
            errors["channel"] = [$"channel musí být jedna z hodnot: {FilingTexts.ChannelCodes}."];
        }
        DateTime submitted = default;
        if (!TryParseInstant(input.SubmittedAt, out submitted))
        {
            errors["submittedAt"] = ["submittedAt musí být datum a čas podle ISO 8601 s časovou zónou, např. 2026-11-29T10:15:00+01:00."];
        }
        var source = Optional(errors, "source", input.Source, 200);
        var department = Optional(errors, "department", input.Department, 200);
        var clerk = Optional(errors, "clerk", input.Clerk, 200);
        var caseNumber = Optional(errors, "caseNumber", input.CaseNumber, 100);
        var fileMark = Optional(errors, "fileMark", input.FileMark, 100);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        var data = new FilingData(personId!, subject!, channel!.Value, submitted, source, department, clerk, caseNumber, fileMark);
        if (await ConcurrentInsert.RetryOnceAsync(() => filings.UpsertAsync(id, data, Actor(http, null), http.RequestAborted), db, core)
            is not { Stored: true, Value: (var filing, var outcome) })
        {
            return ConcurrentWrite();
        }
        return outcome == WriteOutcome.Created
            ? Results.Created($"{Path}/{Uri.EscapeDataString(id)}", Resource(filing))
            : Results.Ok(Resource(filing));
    }

    private static async Task<IResult> ChangeStatusAsync(HttpContext http, string id, FilingsService filings, FilingsDbContext db, Pelhrimov.Core.Data.CoreDbContext core)
    {
        if (!IsValidId(id))
        {
            return Invalid("id", IdRule("id"));
        }
        var (input, problem) = await ReadJsonAsync<StatusInput>(http);
        if (problem is not null)
        {
            return problem;
        }
        var errors = new Dictionary<string, string[]>();
        var header = http.Request.Headers["Idempotency-Key"].ToString();
        var key = header.Length > 0 ? header : input!.ChangeId;
        if (string.IsNullOrEmpty(key))
        {
            errors["changeId"] = ["Zadejte changeId (id změny ve spisové službě) nebo hlavičku Idempotency-Key: opakovaný požadavek se pak nezapíše dvakrát."];
        }
        else if (header.Length > 0 && input!.ChangeId is { Length: > 0 } changeId && changeId != header)
        {
            errors["changeId"] = ["changeId se liší od hlavičky Idempotency-Key; pošlete jen jedno, nebo obě stejná."];
        }
        else if (!IsValidId(key))
        {
            errors["changeId"] = [IdRule("changeId")];
        }
        var status = FilingTexts.ParseStatus(input!.Status);
        if (status is null)
        {
            errors["status"] = [$"status musí být jedna z hodnot: {FilingTexts.StatusCodes}."];
        }
        var note = Optional(errors, "note", input.Note, 4000);
        var internalNote = Optional(errors, "internalNote", input.InternalNote, 4000);
        var actor = Optional(errors, "actor", input.Actor, 200);
        DateTime? changedAt = null;
        if (input.ChangedAt is not null)
        {
            if (TryParseInstant(input.ChangedAt, out var at))
            {
                changedAt = at;
            }
            else
            {
                errors["changedAt"] = ["changedAt musí být datum a čas podle ISO 8601 s časovou zónou, např. 2026-11-29T10:15:00+01:00."];
            }
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        var filing = await filings.FindByExternalIdAsync(id, http.RequestAborted);
        if (filing is null)
        {
            return NotFound(id);
        }
        var request = new StatusChangeRequest(key!, status!.Value, note, internalNote, Actor(http, actor), changedAt);
        if (await ConcurrentInsert.RetryOnceAsync(async () =>
                await filings.ChangeStatusAsync(await filings.FindByExternalIdAsync(id, http.RequestAborted) ?? filing, request, http.RequestAborted), db, core)
            is not { Stored: true, Value: (var change, var outcome) })
        {
            return ConcurrentWrite();
        }
        return outcome switch
        {
            WriteOutcome.Created => Results.Created($"{Path}/{Uri.EscapeDataString(id)}", Resource(change)),
            WriteOutcome.Conflict => Results.Problem(
                title: "Změna s tímto klíčem už byla zapsána s jiným obsahem.",
                detail: $"Změna „{key}“ podání {id} je zapsaná se stavem {change.Status.Code()}; zapsaná změna se nemění. Pro novou změnu použijte nový klíč.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["field"] = "changeId" }),
            _ => Results.Ok(Resource(change)),
        };
    }

    private static async Task<IResult> PutDocumentAsync(
        HttpContext http, string id, string documentId, string? nazev, string? smer,
        FilingsService filings, FilingsDbContext db, Pelhrimov.Core.Data.CoreDbContext core, IOptions<FilingsOptions> options)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsValidId(id))
        {
            errors["id"] = [IdRule("id")];
        }
        if (!IsValidId(documentId))
        {
            errors["documentId"] = [IdRule("documentId")];
        }
        var direction = FilingTexts.ParseDirection(smer);
        if (direction is null)
        {
            errors["smer"] = ["smer musí být obcan (dokument občana) nebo urad (odpověď úřadu)."];
        }
        if (string.IsNullOrWhiteSpace(nazev) || nazev.Length > 200)
        {
            errors["nazev"] = ["Zadejte nazev: název souboru (nejvýše 200 znaků), např. rozhodnuti.pdf."];
        }
        var max = options.Value.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        await CopyLimitedAsync(http.Request.Body, buffer, max + 1, http.RequestAborted);
        var bytes = buffer.ToArray();
        var detected = DocumentType.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, 16)));
        var declared = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (bytes.Length == 0)
        {
            errors["content"] = ["Tělo požadavku je prázdné: pošlete v něm obsah souboru."];
        }
        else if (bytes.Length > max)
        {
            errors["content"] = [$"Soubor je příliš velký: nejvýše {Pelhrimov.Core.Formatting.CzechFormat.FileSize(max)}."];
        }
        else if (detected is null)
        {
            errors["content"] = ["Tento typ souboru nelze uložit. Povolené jsou PDF, PNG a JPEG."];
        }
        else if (declared != detected)
        {
            errors["Content-Type"] = [$"Hlavička Content-Type ({declared ?? "chybí"}) neodpovídá obsahu souboru ({detected})."];
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        var filing = await filings.FindByExternalIdAsync(id, http.RequestAborted);
        if (filing is null)
        {
            return NotFound(id);
        }
        var upload = new DocumentUpload(documentId, DocumentType.SafeFileName(nazev, detected!), detected!, bytes, direction!.Value, Actor(http, null));
        if (await ConcurrentInsert.RetryOnceAsync(async () =>
                await filings.AddDocumentAsync(await filings.FindByExternalIdAsync(id, http.RequestAborted) ?? filing, upload, http.RequestAborted), db, core)
            is not { Stored: true, Value: (var document, var outcome) })
        {
            return ConcurrentWrite();
        }
        return outcome switch
        {
            WriteOutcome.Created => Results.Created($"{Path}/{Uri.EscapeDataString(id)}/dokumenty/{Uri.EscapeDataString(documentId)}", Resource(document)),
            WriteOutcome.Conflict => Results.Problem(
                title: "Dokument s tímto id už je uložen s jiným obsahem.",
                detail: $"Dokument „{documentId}“ podání {id} se nemění; nový dokument pošlete s novým id.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["field"] = "documentId" }),
            _ => Results.Ok(Resource(document)),
        };
    }

    private static IResult ConcurrentWrite() =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Souběžný zápis",
            detail: "Stejné podání, změnu nebo dokument právě zapisoval jiný požadavek; nic nebylo uloženo. Pošlete požadavek znovu.");
}
