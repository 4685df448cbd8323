using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Security;
using Pelhrimov.People.Data;
using Pelhrimov.People.Services;

namespace Pelhrimov.People.Api;

/// <summary>
/// The register of persons for the back office (docs/people.md): <c>PUT /api/v1/osoby/{id}</c> creates or updates a person
/// (idempotent), <c>GET /api/v1/osoby/{id}</c> reads one, <c>GET /api/v1/osoby</c> lists them with a cursor. Invalid input
/// is an RFC 9457 problem (<c>application/problem+json</c>) whose <c>errors</c> name the JSON fields; nothing is stored.
/// </summary>
public static class PersonsApi
{
    public const string Path = "/api/v1/osoby";

    public const int DefaultLimit = 100;

    public const int MaxLimit = 500;

    /// <summary>A page of the list: <see cref="NextCursor"/> is null on the last page.</summary>
    public sealed record PersonPage(IReadOnlyList<PersonResponse> Items, string? NextCursor);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(Path + "/{id}", PutAsync).RequireApiScope(ApiScopes.Write).WithTags("Osoby")
            .WithSummary("Založí nebo změní osobu evidence úřadu (jméno, příjmení, datum narození, adresa)")
            .WithMetadata(ApiJsonBody.Of<PersonRequest>())
            .Produces<PersonResponse>(StatusCodes.Status201Created).Produces<PersonResponse>().ProducesValidationProblem();
        endpoints.MapGet(Path + "/{id}", GetAsync).RequireApiScope(ApiScopes.Read).WithTags("Osoby")
            .WithSummary("Osoba podle id evidence úřadu")
            .Produces<PersonResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet(Path, ListAsync).RequireApiScope(ApiScopes.Read).WithTags("Osoby")
            .WithSummary("Osoby seřazené podle id, po stránkách (kurzor nextCursor)")
            .Produces<PersonPage>().ProducesValidationProblem();
    }

    private static async Task<IResult> PutAsync(string id, HttpContext http, PersonRegister register, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            errors["$"] = ["Tělo požadavku není platný JSON."];
            return Invalid(errors);
        }
        using (document)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var data = PersonJson.Read(id, document.RootElement, today, errors);
            if (data is null)
            {
                return Invalid(errors);
            }
            var actor = "API " + (ApiAuthentication.ClientId(http.User) ?? "?");
            var (outcome, person) = await register.UpsertAsync(data, actor, http.RequestAborted);
            var body = PersonResponse.From(person);
            return outcome == UpsertOutcome.Created
                ? Results.Created($"{Path}/{Uri.EscapeDataString(person.Id)}", body)
                : Results.Ok(body);
        }
    }

    private static async Task<IResult> GetAsync(string id, PersonRegister register, CancellationToken cancellationToken) =>
        await register.FindAsync(id, cancellationToken) is { } person
            ? Results.Ok(PersonResponse.From(person))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Osoba neexistuje", detail: $"Portál nezná osobu s identifikátorem {id}.");

    private static async Task<IResult> ListAsync(string? cursor, string? limit, PeopleDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var page = ApiPaging.Read(limit, cursor, DefaultLimit, MaxLimit, PersonRegister.IdPattern().IsMatch, errors);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        var rows = await db.Persons.AsNoTracking().After(p => p.Id, page).OrderBy(p => p.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        return Results.Ok(new PersonPage([.. rows.Take(page.Limit).Select(PersonResponse.From)], ApiPaging.NextCursor(rows, page, p => p.Id)));
    }

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Údaje osoby nejsou platné", detail: "Nic nebylo uloženo. Opravte pole uvedená v errors.");
}
