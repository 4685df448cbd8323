using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pelhrimov.Core.BackOffice;

namespace Pelhrimov.People.Domain;

/// <summary>Which verified attributes must equal a person's for an automatic link (<c>People:LinkPolicy</c>).</summary>
public enum LinkPolicy
{
    /// <summary>Given name, family name and date of birth.</summary>
    NameAndBirthDate,

    /// <summary>The same and the address (street, house number, town, post code).</summary>
    NameBirthDateAndAddress,
}

public sealed class PeopleOptions
{
    public const string Section = "People";

    public LinkPolicy LinkPolicy { get; set; } = LinkPolicy.NameAndBirthDate;
}

/// <summary>The attributes matching compares, already normalised.</summary>
public sealed record MatchAttributes(string GivenName, string FamilyName, DateOnly DateOfBirth, string? Street, string? HouseNumber, string? Town, string? PostCode);

/// <summary>
/// Exact comparison of attributes as keys: each text is Unicode-normalised (NFKC), case-folded, trimmed and its runs of
/// white space made one space; post codes lose their spaces (<c>393 01</c> = <c>39301</c>). Diacritics stay: Černých is
/// not Cernych. Two sets of attributes match when their keys are equal; keys are stored as SHA-256 hashes so that the
/// database compares them with one index look-up.
/// </summary>
public static class MatchKeys
{
    private const char Separator = '\u001F';

    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }
        var normalized = value.Normalize(NormalizationForm.FormKC).ToUpperInvariant().ToLowerInvariant();
        return string.Join(' ', normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static string FoldPostCode(string? value) => Fold(value).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The name key; null when a name part is missing (nothing can match it).</summary>
    public static string? NameKey(string? givenName, string? familyName, DateOnly? dateOfBirth)
    {
        var given = Fold(givenName);
        var family = Fold(familyName);
        if (given.Length == 0 || family.Length == 0 || dateOfBirth is not { } born)
        {
            return null;
        }
        return Hash(string.Join(Separator, given, family, born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    /// <summary>The name key with the address; null when any part is missing.</summary>
    public static string? AddressKey(string? givenName, string? familyName, DateOnly? dateOfBirth, string? street, string? houseNumber, string? town, string? postCode)
    {
        var name = NameKey(givenName, familyName, dateOfBirth);
        var parts = new[] { Fold(street), Fold(houseNumber), Fold(town), FoldPostCode(postCode) };
        if (name is null || parts.Any(p => p.Length == 0))
        {
            return null;
        }
        return Hash(string.Join(Separator, [name, .. parts]));
    }

    public static (string? NameKey, string? AddressKey) Of(VerifiedCitizen citizen) =>
        (NameKey(citizen.GivenName, citizen.FamilyName, citizen.DateOfBirth),
         AddressKey(citizen.GivenName, citizen.FamilyName, citizen.DateOfBirth,
             citizen.Address?.Street, citizen.Address?.HouseNumber, citizen.Address?.Town, citizen.Address?.PostCode));

    public static void Apply(Person person)
    {
        person.NameKey = NameKey(person.GivenName, person.FamilyName, person.DateOfBirth)
            ?? throw new InvalidOperationException($"Person {person.Id} lacks a name.");
        person.AddressKey = AddressKey(person.GivenName, person.FamilyName, person.DateOfBirth, person.Street, person.HouseNumber, person.Town, person.PostCode);
    }

    /// <summary>The key the policy compares: with or without the address.</summary>
    public static string? For(LinkPolicy policy, string? nameKey, string? addressKey) =>
        policy == LinkPolicy.NameBirthDateAndAddress ? addressKey : nameKey;

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
