using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pelhrimov.People.Domain;
using Pelhrimov.People.Services;

namespace Pelhrimov.People.Api;

/// <summary>An address as the API and the recipe write it.</summary>
public sealed record AddressJson(string? Street, string? HouseNumber, string? Town, string? PostCode);

/// <summary>The body of <c>PUT /api/v1/osoby/{id}</c> as the OpenAPI description shows it (<see cref="PersonJson"/> reads it).</summary>
/// <param name="DateOfBirth">ISO date, e.g. <c>1979-03-12</c>.</param>
public sealed record PersonRequest(string GivenName, string FamilyName, string DateOfBirth, AddressJson? Address);

/// <summary>A person as the API answers it.</summary>
public sealed record PersonResponse(string Id, string GivenName, string FamilyName, string DateOfBirth, AddressJson? Address, DateTime UpdatedAt)
{
    public static PersonResponse From(Person p) => new(p.Id, p.GivenName, p.FamilyName,
        p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        p.Street is null && p.HouseNumber is null && p.Town is null && p.PostCode is null ? null : new AddressJson(p.Street, p.HouseNumber, p.Town, p.PostCode),
        p.UpdatedUtc);
}

/// <summary>
/// Reads and checks a person's JSON (<c>{"givenName":…,"familyName":…,"dateOfBirth":"1979-03-12","address":{…}}</c>).
/// Errors are keyed by the JSON field (<c>dateOfBirth</c>, <c>address.postCode</c>) and worded in Czech.
/// </summary>
public static partial class PersonJson
{
    [GeneratedRegex(@"^\d{3} ?\d{2}$")]
    private static partial Regex PostCodePattern();

    public static PersonData? Read(string id, JsonElement body, DateOnly today, Dictionary<string, string[]> errors)
    {
        if (!PersonRegister.IdPattern().IsMatch(id))
        {
            errors["id"] = ["Identifikátor osoby smí mít nejvýše 50 znaků: písmena bez diakritiky, číslice, tečku, pomlčku a podtržítko (např. OS-000123)."];
        }
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["$"] = ["Tělo požadavku musí být objekt JSON s údaji osoby."];
            return null;
        }
        var given = Name(body, "givenName", "jméno", errors);
        var family = Name(body, "familyName", "příjmení", errors);
        var born = BirthDate(body, today, errors);
        string? street = null, house = null, town = null, postCode = null;
        if (body.TryGetProperty("address", out var address) && address.ValueKind != JsonValueKind.Null)
        {
            if (address.ValueKind != JsonValueKind.Object)
            {
                errors["address"] = ["Adresa musí být objekt (street, houseNumber, town, postCode) nebo null."];
            }
            else
            {
                street = Optional(address, "street", "address.street", "Ulice", 200, errors);
                house = Optional(address, "houseNumber", "address.houseNumber", "Číslo domu", 50, errors);
                town = Optional(address, "town", "address.town", "Obec", 200, errors);
                postCode = Optional(address, "postCode", "address.postCode", "PSČ", 20, errors);
                if (postCode is not null && !PostCodePattern().IsMatch(postCode) && !errors.ContainsKey("address.postCode"))
                {
                    errors["address.postCode"] = ["PSČ musí mít pět číslic, například 393 01."];
                }
            }
        }
        return errors.Count > 0 ? null : new PersonData(id, given!, family!, born!.Value, street, house, town, postCode);
    }

    private static string? Name(JsonElement body, string field, string czech, Dictionary<string, string[]> errors)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null
            || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString())))
        {
            errors[field] = [$"Zadejte {czech} osoby."];
            return null;
        }
        return Text(value, field, char.ToUpperInvariant(czech[0]) + czech[1..], 200, errors);
    }

    private static string? Optional(JsonElement body, string property, string field, string czech, int maxLength, Dictionary<string, string[]> errors) =>
        !body.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null
            ? null
            : Text(value, field, czech, maxLength, errors) is { Length: > 0 } text ? text : null;

    private static string? Text(JsonElement value, string field, string czech, int maxLength, Dictionary<string, string[]> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors[field] = [$"{czech} musí být text."];
            return null;
        }
        var text = value.GetString()!.Trim();
        if (text.Length > maxLength)
        {
            errors[field] = [$"{czech} může mít nejvýše {maxLength} znaků."];
            return null;
        }
        if (text.Any(char.IsControl))
        {
            errors[field] = [$"{czech} nesmí obsahovat řídicí znaky."];
            return null;
        }
        return text;
    }

    private static DateOnly? BirthDate(JsonElement body, DateOnly today, Dictionary<string, string[]> errors)
    {
        const string field = "dateOfBirth";
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors[field] = ["Zadejte datum narození osoby."];
            return null;
        }
        if (value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[field] = ["Datum narození musí být ve tvaru RRRR-MM-DD, například 1979-03-12."];
            return null;
        }
        if (date > today || date.Year < 1850)
        {
            errors[field] = ["Datum narození nemůže být v budoucnosti ani před rokem 1850."];
            return null;
        }
        return date;
    }
}
