using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;
using Pelhrimov.Receivables.Data;
using Pelhrimov.Receivables.Domain;
using Pelhrimov.Receivables.Services;

namespace Pelhrimov.Receivables.Api;

/// <summary>
/// The finance system's API (scope <c>receivables.write</c>): idempotent upserts of receivables and payments, a batch in
/// one transaction, and cursor paging. Bad input is an RFC 9457 problem naming the JSON field, and nothing is stored.
/// </summary>
public static class ReceivablesApi
{
    public const string Path = "/api/v1/pohledavky";

    public const int DefaultLimit = 100;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Path).RequireApiScope(ApiScopes.Write).WithTags("Pohledávky");
        api.MapGet("", ListAsync)
            .WithSummary("Pohledávky v pořadí uložení, po stránkách (limit 1–1000, kurzor nextCursor)")
            .Produces<ReceivablePage>().ProducesValidationProblem();
        api.MapPut("/{id}", PutAsync)
            .WithSummary("Založí nebo změní pohledávku s id ekonomického systému; stejné tělo podruhé nic nezmění")
            .WithMetadata(ApiJsonBody.Of<ReceivableRequest>())
            .Produces<WriteResult>(StatusCodes.Status201Created).Produces<WriteResult>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id}/platby/{paymentId}", PutPaymentAsync)
            .WithSummary("Zaúčtuje platbu pohledávky; zaúčtovaná platba se už nemění (jiné hodnoty pod stejným id: 409)")
            .WithMetadata(ApiJsonBody.Of<PaymentRequest>())
            .Produces<WriteResult>(StatusCodes.Status201Created).Produces<WriteResult>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/davka", BatchAsync)
            .WithSummary("Nejvýše 1000 pohledávek v jedné transakci; jedna chybná položka odmítne celou dávku")
            .WithMetadata(ApiJsonBody.Of<ReceivableBatchRequest>())
            .Produces<BatchResult>().ProducesValidationProblem();
    }

    /// <summary>
    /// A receivable as the API returns it. <c>paymentCode</c> is null only for a row stored before codes existed, until the
    /// start-up backfill gives it one (moments after the first start of the new version).
    /// </summary>
    public sealed record ReceivableResource(
        string Id, string PersonId, string Kind, string Period, decimal Amount, string Currency, DateOnly DueDate,
        string VariableSymbol, string? SpecificSymbol, string? ConstantSymbol, string AccountNumber, string BankCode,
        bool Cancelled, decimal PaidAmount, string Status, string? PaymentCode, DateTime UpdatedUtc);

    public sealed record ReceivablePage(IReadOnlyList<ReceivableResource> Items, string? NextCursor);

    public sealed record WriteResult(string Id, string Result);

    /// <summary>The answer to a receivable's upsert, with its payment code (<c>ABCD-EFGH</c>) to print on the letter.</summary>
    public sealed record ReceivableWriteResult(string Id, string Result, string PaymentCode);

    public sealed record BatchResult(int Created, int Updated, int Unchanged);

    private static async Task<IResult> PutAsync(string id, HttpContext http, ReceivableWriter writer, ReceivablesDbContext db, CoreDbContext core)
    {
        var errors = new Dictionary<string, string[]>();
        if (ReceivableValidation.ProblemWithId(id) is { } idProblem)
        {
            errors["id"] = [idProblem];
            return Invalid(errors);
        }
        var (request, bodyErrors) = await ReadAsync<ReceivableRequest>(http);
        if (request is null)
        {
            return Invalid(bodyErrors!);
        }
        if (request.Id is not null && request.Id != id)
        {
            errors["id"] = ["Identifikátor v těle se liší od identifikátoru v adrese; v těle jej uvádět nemusíte."];
        }
        var write = ReceivableValidation.Validate(id, request, "", errors);
        if (write is null || errors.Count > 0)
        {
            return Invalid(errors);
        }
        if (await ConcurrentInsert.RetryOnceAsync(() => writer.UpsertAsync([write], http.RequestAborted), db, core) is not { Stored: true, Value: var outcome })
        {
            return ConcurrentWrite();
        }
        var location = Path + "/" + Uri.EscapeDataString(id);
        var code = PaymentCode.Format(outcome.PaymentCodes[id]);
        return outcome.Created > 0
            ? Results.Created(location, new ReceivableWriteResult(id, "created", code))
            : Results.Ok(new ReceivableWriteResult(id, outcome.Updated > 0 ? "updated" : "unchanged", code));
    }

    private static async Task<IResult> PutPaymentAsync(string id, string paymentId, HttpContext http, ReceivableWriter writer, ReceivablesDbContext db, CoreDbContext core)
    {
        var errors = new Dictionary<string, string[]>();
        if (ReceivableValidation.ProblemWithId(paymentId) is { } idProblem)
        {
            errors["paymentId"] = [idProblem];
            return Invalid(errors);
        }
        var (request, bodyErrors) = await ReadAsync<PaymentRequest>(http);
        if (request is null)
        {
            return Invalid(bodyErrors!);
        }
        var write = ReceivableValidation.Validate(paymentId, request, errors);
        if (write is null)
        {
            return Invalid(errors);
        }
        if (await ConcurrentInsert.RetryOnceAsync(() => writer.BookPaymentAsync(id, write, http.RequestAborted), db, core) is not { Stored: true, Value: var booked })
        {
            return ConcurrentWrite();
        }
        return booked switch
        {
            WriteOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Pohledávka neexistuje",
                detail: $"Pohledávku {id} portál nezná; pošlete ji nejdřív přes PUT {Path}/{{id}}."),
            WriteOutcome.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Platba už je zaúčtovaná jinak",
                detail: $"Platba {paymentId} je u pohledávky {id} zaúčtovaná s jiným datem, částkou nebo zdrojem; zaúčtovaná platba se nemění."),
            WriteOutcome.Created => Results.Created(Path + "/" + Uri.EscapeDataString(id) + "/platby/" + Uri.EscapeDataString(paymentId), new WriteResult(paymentId, "created")),
            _ => Results.Ok(new WriteResult(paymentId, "unchanged")),
        };
    }

    private static async Task<IResult> BatchAsync(HttpContext http, ReceivableWriter writer, ReceivablesDbContext db, CoreDbContext core)
    {
        var (request, bodyErrors) = await ReadAsync<ReceivableBatchRequest>(http);
        if (request is null)
        {
            return Invalid(bodyErrors!);
        }
        var errors = new Dictionary<string, string[]>();
        if (request.Items is not { Count: > 0 } items)
        {
            errors["items"] = ["Dávka je prázdná; pošlete pole items s pohledávkami."];
            return Invalid(errors);
        }
        if (items.Count > ReceivableValidation.MaxBatch)
        {
            errors["items"] = [$"Dávka může mít nejvýše {ReceivableValidation.MaxBatch} pohledávek; rozdělte ji."];
            return Invalid(errors);
        }
        var writes = new List<ReceivableWrite>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var prefix = $"items[{i}].";
            if (items[i] is not { } item)
            {
                errors[$"items[{i}]"] = ["Položka dávky chybí."];
                continue;
            }
            if (ReceivableValidation.ProblemWithId(item.Id) is { } idProblem)
            {
                errors[prefix + "id"] = [idProblem];
            }
            else if (!seen.Add(item.Id!))
            {
                errors[prefix + "id"] = ["Pohledávka s tímto identifikátorem je v dávce dvakrát."];
            }
            if (ReceivableValidation.Validate(item.Id ?? "", item, prefix, errors) is { } write)
            {
                writes.Add(write);
            }
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        if (await ConcurrentInsert.RetryOnceAsync(() => writer.UpsertAsync(writes, http.RequestAborted), db, core) is not { Stored: true, Value: var outcome })
        {
            return ConcurrentWrite();
        }
        return Results.Ok(new BatchResult(outcome.Created, outcome.Updated, outcome.Unchanged));
    }

    private static async Task<IResult> ListAsync(HttpContext http, ReceivablesDbContext db, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        var query = http.Request.Query;
        var page = ApiPaging.Read(query["limit"], query["cursor"], DefaultLimit, ReceivableValidation.MaxBatch, ApiPaging.IsNumber, errors);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        var today = CzechFormat.Today(clock);
        var after = page.AfterNumber;
        var rows = await db.Receivables.AsNoTracking().Where(r => r.Id > after).OrderBy(r => r.Id).Take(page.Limit + 1).ToListAsync(http.RequestAborted);
        var items = rows.Take(page.Limit).Select(r => new ReceivableResource(
            r.ExternalId, r.PersonId, r.Kind, r.Period, r.Amount, r.Currency, r.DueDate, r.VariableSymbol, r.SpecificSymbol,
            r.ConstantSymbol, r.Account.NumberWithPrefix, r.BankCode, r.Cancelled, r.PaidAmount,
            ReceivableStatuses.Of(r, today).Code(), r.PaymentCode is null ? null : PaymentCode.Format(r.PaymentCode), r.UpdatedUtc)).ToList();
        return Results.Ok(new ReceivablePage(items, ApiPaging.NextCursor(rows, page, r => ApiPaging.Key(r.Id))));
    }

    /// <summary>The body as <typeparamref name="T"/>, or the problem naming the JSON field that could not be read.</summary>
    private static async Task<(T? Value, Dictionary<string, string[]>? Errors)> ReadAsync<T>(HttpContext http)
        where T : class
    {
        if (http.Request.HasJsonContentType() is false)
        {
            return (null, new() { ["body"] = ["Tělo požadavku musí být JSON (Content-Type: application/json)."] });
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, ReceivableValidation.Json, http.RequestAborted);
            return value is null ? (null, new() { ["body"] = ["Tělo požadavku je prázdné."] }) : (value, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is null or "$" ? "body" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
            {
                return (null, new() { [field] = ["Neznámé pole; zkontrolujte jeho název."] });
            }
            return (null, new() { [field] = ["Hodnotu se nepodařilo přečíst; zkontrolujte její typ a zápis (částky číslem, data jako 2026-03-31)."] });
        }
    }

    private static IResult ConcurrentWrite() =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Souběžný zápis",
            detail: "Stejnou pohledávku nebo platbu právě zapsal jiný požadavek; nic nebylo uloženo. Pošlete požadavek znovu.");

    private static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Údaje nejsou platné", detail: "Nic nebylo uloženo; opravte uvedená pole a pošlete požadavek znovu.");
}
