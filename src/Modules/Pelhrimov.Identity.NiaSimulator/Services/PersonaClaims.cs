using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using Pelhrimov.Identity.NiaSimulator.Domain;

namespace Pelhrimov.Identity.NiaSimulator.Services;

/// <summary>A persona's attributes in NIA's claim names and value formats.</summary>
/// <remarks>
/// Values are strings, as NIA takes them from the SAML attribute world (<c>age</c> <c>"17"</c>, <c>isAgeOver</c>
/// <c>"true"</c>). A claim the persona has no value for (an address, an e-mail) is simply not released.
/// </remarks>
public static class PersonaClaims
{
    /// <summary>Every claim name NIA knows (eIDAS style), as advertised in discovery.</summary>
    public static readonly IReadOnlyList<string> Supported =
    [
        "PersonIdentifier", "CurrentGivenName", "CurrentFamilyName", "DateOfBirth", "PlaceOfBirth", "CurrentAddress",
        "countryCodeOfBirth", "age", "isAgeOver", "idtype", "idnumber", "tradresaid", "phonenumber", "eMail",
    ];

    /// <summary>What each claim is, in Czech, for the chooser page.</summary>
    public static readonly IReadOnlyDictionary<string, string> CzechNames = new Dictionary<string, string>
    {
        ["PersonIdentifier"] = "Identifikátor osoby (pseudonym pro tohoto poskytovatele)",
        ["CurrentGivenName"] = "Jméno",
        ["CurrentFamilyName"] = "Příjmení",
        ["DateOfBirth"] = "Datum narození",
        ["PlaceOfBirth"] = "Místo narození",
        ["CurrentAddress"] = "Adresa pobytu",
        ["countryCodeOfBirth"] = "Stát narození",
        ["age"] = "Věk",
        ["isAgeOver"] = "Zda dosáhl(a) věku",
        ["idtype"] = "Druh dokladu",
        ["idnumber"] = "Číslo dokladu",
        ["tradresaid"] = "Kód adresního místa (RÚIAN)",
        ["phonenumber"] = "Telefon",
        ["eMail"] = "E-mail",
    };

    /// <summary>Threshold of <c>isAgeOver</c> when the request names none.</summary>
    public const int DefaultAgeOver = 18;

    public static Dictionary<string, object> For(Persona persona, string clientId, RequestedClaims requested, DateOnly today)
    {
        var released = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in requested.Names)
        {
            if (Value(persona, clientId, name, requested, today) is { } value)
            {
                released[name] = value;
            }
        }
        return released;
    }

    /// <summary><c>CZ/CZ/&lt;guid&gt;</c>: the same for one persona at one SeP every time, different at another SeP.</summary>
    public static string PersonIdentifier(Persona persona, string clientId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"nia-simulator|{persona.Id}|{clientId}"));
        return "CZ/CZ/" + new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    /// <summary>Base64 of the eIDAS address fragment, prefix <c>eidas:</c> undeclared as in eIDAS samples.</summary>
    public static string CurrentAddress(PersonaAddress address)
    {
        var xml = Element("LocatorDesignator", address.LocatorDesignator)
                  + Element("Thoroughfare", address.Thoroughfare)
                  + Element("PostName", address.PostName)
                  + Element("PostCode", address.PostCode)
                  + Element("CvaddressArea", address.AddressArea);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(xml));

        static string Element(string name, string value) => $"<eidas:{name}>{SecurityElement.Escape(value)}</eidas:{name}>";
    }

    private static object? Value(Persona persona, string clientId, string name, RequestedClaims requested, DateOnly today) => name switch
    {
        "PersonIdentifier" => PersonIdentifier(persona, clientId),
        "CurrentGivenName" => persona.GivenName,
        "CurrentFamilyName" => persona.FamilyName,
        "DateOfBirth" => persona.BirthDateOn(today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "PlaceOfBirth" => persona.PlaceOfBirth,
        "CurrentAddress" => persona.Address is { } address ? CurrentAddress(address) : null,
        "countryCodeOfBirth" => "CZ",
        "age" => persona.AgeOn(today).ToString(CultureInfo.InvariantCulture),
        "isAgeOver" => IsAgeOver(persona, requested.RequestedValue(name), today),
        "idtype" => persona.IdType,
        "idnumber" => persona.IdNumber,
        "tradresaid" => persona.Address?.RuianCode,
        "phonenumber" => persona.Phone,
        "eMail" => persona.Email,
        _ => null,
    };

    private static string IsAgeOver(Persona persona, string? threshold, DateOnly today)
    {
        var years = int.TryParse(threshold, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : DefaultAgeOver;
        return persona.AgeOn(today) >= years ? "true" : "false";
    }
}
