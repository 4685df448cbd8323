using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Security;
using Pelhrimov.Filings.Data;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Api;

// Reading and checking the records system's input, and the answers built from it.
public static partial class FilingsApi
{
    private static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpContext http)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, Results.Problem(title: "Tělo požadavku musí být JSON.", detail: "Pošlete hlavičku Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json, http.RequestAborted);
            return value is null ? (null, Invalid("$", "Tělo požadavku musí být objekt JSON.")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";
            return (null, Invalid(field, field == "$" ? "Tělo požadavku není platný JSON." : $"{field} musí být text (řetězec JSON)."));
        }
    }

    private static string? Required(Dictionary<string, string[]> errors, string field, string? value, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [message];
            return null;
        }
        return Optional(errors, field, value, max);
    }

    private static string? Optional(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is not null && trimmed.Length > max)
        {
            errors[field] = [$"{field} může mít nejvýše {max} znaků."];
        }
        else if (trimmed is not null && trimmed.Any(char.IsControl) && field is not ("note" or "internalNote" or "subject"))
        {
            errors[field] = [$"{field} nesmí obsahovat řídicí znaky."];
        }
        return trimmed;
    }

    private static bool TryParseInstant(string? text, out DateTime utc)
    {
        utc = default;
        // A time without its zone would be read in the server's zone: refused instead of guessed.
        if (text is null || !InstantPattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var value))
        {
            return false;
        }
        utc = value.UtcDateTime;
        return true;
    }

    private static bool IsValidId(string? id) => id is { Length: > 0 and <= 100 } && IdPattern().IsMatch(id);

    private static string IdRule(string field) => $"{field} smí obsahovat jen písmena bez diakritiky, číslice, tečku, pomlčku a podtržítko (nejvýše 100 znaků).";

    private static string Actor(HttpContext http, string? named)
    {
        var client = ApiAuthentication.ClientId(http.User) ?? "api";
        return named is null ? $"API {client}" : $"{named} (API {client})";
    }

    private static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "Údaje nejsou platné; nic nebylo uloženo.", detail: "Pole s chybou jsou v errors.");

    private static IResult NotFound(string id) =>
        Results.Problem(title: "Podání nenalezeno.", detail: $"Podání {id} portál nezná: nejdřív ho zapište přes PUT {Path}/{id}.",
            statusCode: StatusCodes.Status404NotFound);

    private static FilingResource Resource(Filing f) => new(
        f.ExternalId, f.Reference, f.PersonId, f.Subject, f.Channel.Code(), f.SubmittedUtc, f.SourceSlug, f.Department, f.Clerk,
        f.CaseNumber, f.FileMark, f.Status.Code(), f.StatusChangedUtc, f.UpdatedUtc);

    private static StatusChangeResource Resource(FilingStatusChange c) =>
        new(c.ChangeKey, c.OldStatus?.Code(), c.Status.Code(), c.OccurredUtc, c.Actor, c.PublicNote, c.InternalNote);

    private static DocumentResource Resource(FilingDocument d) =>
        new(d.ExternalId ?? d.Id.ToString("N"), d.FileName, d.ContentType, d.Size, d.Direction.Code(), d.AddedUtc);

    private static async Task CopyLimitedAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while (target.Length < limit && (read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex IdPattern();

    // ISO 8601 date and time with seconds optional and a zone (Z or ±hh:mm).
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex InstantPattern();
}
