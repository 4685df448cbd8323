using Microsoft.Extensions.Primitives;
using Pelhrimov.Core.Validation;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine.Fields;

/// <summary>An address in four inputs: <c>{name}.ulice</c> (optional: villages have none), <c>.cislo</c>, <c>.obec</c>, <c>.psc</c>.</summary>
public static class AddressInput
{
    public const string Street = "ulice";
    public const string HouseNumber = "cislo";
    public const string Town = "obec";
    public const string PostCodePart = "psc";
    private const int MaxPart = 100;

    public static FieldResult Read(FormField field, string inputName, IReadOnlyDictionary<string, StringValues> posted)
    {
        string Part(string part) => (posted.TryGetValue(inputName + "." + part, out var v) ? v.FirstOrDefault() ?? "" : "").Trim();
        var street = Part(Street);
        var number = Part(HouseNumber);
        var town = Part(Town);
        var postCode = Part(PostCodePart);
        if (street.Length + number.Length + town.Length + postCode.Length == 0)
        {
            return FieldResult.Empty;
        }
        if (new[] { street, number, town }.Any(p => p.Length > MaxPart || p.Any(char.IsControl)))
        {
            return FieldResult.Fail(FieldMessages.Range(field, $"Části adresy mohou mít nejvýše {MaxPart} znaků"), Street);
        }
        if (town.Length == 0)
        {
            return FieldResult.Fail(FieldMessages.Invalid(field, "Zadejte obec"), Town);
        }
        if (number.Length == 0)
        {
            return FieldResult.Fail(FieldMessages.Invalid(field, "Zadejte číslo domu, například 12 nebo 1520/3"), HouseNumber);
        }
        if (PostCode.Normalize(postCode) is not { } normalized)
        {
            return FieldResult.Fail(FieldMessages.Invalid(field, "PSČ má 5 číslic, například 393 01"), PostCodePart);
        }
        return new FieldResult(new AnswerValue { Address = new AddressValue(street, number, town, normalized) }, null);
    }

    /// <summary>The inputs an address answer would have been posted as (to check a stored answer the same way).</summary>
    public static IEnumerable<KeyValuePair<string, StringValues>> Inputs(string inputName, AddressValue address) =>
    [
        new(inputName + "." + Street, address.Street),
        new(inputName + "." + HouseNumber, address.HouseNumber),
        new(inputName + "." + Town, address.Town),
        new(inputName + "." + PostCodePart, address.PostCode),
    ];
}
