using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Xml;
using Pelhrimov.Citizens.Domain;

namespace Pelhrimov.Citizens.Nia;

/// <summary>NIA's attribute names (eIDAS style), as claims of its id_token.</summary>
public static class NiaClaims
{
    public const string PersonIdentifier = "PersonIdentifier";
    public const string GivenName = "CurrentGivenName";
    public const string FamilyName = "CurrentFamilyName";
    public const string DateOfBirth = "DateOfBirth";
    public const string PlaceOfBirth = "PlaceOfBirth";
    public const string CurrentAddress = "CurrentAddress";
    public const string Acr = "acr";
}

/// <summary>What an eID sign-in told us about the person, read from the validated id_token's claims.</summary>
public sealed record NiaIdentity(
    string PersonIdentifier,
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    string? PlaceOfBirth,
    PostalAddress? Address,
    IdentityLevel Level)
{
    /// <summary>Reads the attributes; null when NIA released no <c>PersonIdentifier</c> (the person refused to share data).</summary>
    public static NiaIdentity? From(ClaimsPrincipal principal, IdentityLevel level)
    {
        var id = principal.FindFirst(NiaClaims.PersonIdentifier)?.Value;
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }
        return new NiaIdentity(
            id.Trim(),
            NiaNames.Display(principal.FindFirst(NiaClaims.GivenName)?.Value),
            NiaNames.Display(principal.FindFirst(NiaClaims.FamilyName)?.Value),
            ParseDate(principal.FindFirst(NiaClaims.DateOfBirth)?.Value),
            NiaNames.Display(principal.FindFirst(NiaClaims.PlaceOfBirth)?.Value),
            NiaAddress.Parse(principal.FindFirst(NiaClaims.CurrentAddress)?.Value),
            level);
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        // "1956-07-15", possibly with a time part.
        return DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}

/// <summary>Names as NIA sends them, sometimes in capitals (<c>ČERNÝCH</c>), shown as people write them (<c>Černých</c>).</summary>
public static class NiaNames
{
    private static readonly TextInfo Czech = CultureInfo.GetCultureInfo("cs-CZ").TextInfo;

    public static string? Display(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        var hasLower = text.Any(char.IsLower);
        return hasLower ? text : Czech.ToTitleCase(Czech.ToLower(text));
    }
}

/// <summary>
/// NIA's <c>CurrentAddress</c>: base64 of an XML fragment of eIDAS elements (<c>eidas:Thoroughfare</c>,
/// <c>eidas:LocatorDesignator</c>, <c>eidas:PostName</c>, <c>eidas:PostCode</c>, <c>eidas:CvaddressArea</c>).
/// </summary>
public static class NiaAddress
{
    public const string EidasNamespace = "http://eidas.europa.eu/attributes/naturalperson";

    /// <summary>The address, or null when there is none or it cannot be read (an unreadable address is not a reason to refuse a sign-in).</summary>
    public static PostalAddress? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        string xml;
        try
        {
            xml = Encoding.UTF8.GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            xml = value.Trim();
        }

        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var names = new XmlNamespaceManager(new NameTable());
            names.AddNamespace("eidas", EidasNamespace);
            var context = new XmlParserContext(null, names, null, XmlSpace.None);
            var settings = new XmlReaderSettings { ConformanceLevel = ConformanceLevel.Fragment, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings, context);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
                {
                    // Reading the content moves to the node after the element, so no Read() here.
                    var name = reader.LocalName;
                    var text = reader.ReadElementContentAsString().Trim();
                    if (text.Length > 0)
                    {
                        parts[name] = text;
                    }
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException)
        {
            return parts.Count == 0 ? new PostalAddress(null, null, null, null, Truncate(xml)) : Build(parts);
        }
        return parts.Count == 0 ? null : Build(parts);
    }

    private static PostalAddress Build(Dictionary<string, string> parts) => new(
        Get(parts, "Thoroughfare"),
        Get(parts, "LocatorDesignator"),
        Get(parts, "PostName"),
        NormalizePostCode(Get(parts, "PostCode")),
        Get(parts, "CvaddressArea"));

    private static string? Get(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) ? Truncate(value) : null;

    /// <summary>"39301" becomes "393 01", as Czech post codes are written.</summary>
    private static string? NormalizePostCode(string? code)
    {
        if (code is null)
        {
            return null;
        }
        var digits = new string(code.Where(char.IsDigit).ToArray());
        return digits.Length == 5 ? $"{digits[..3]} {digits[3..]}" : code;
    }

    private static string Truncate(string value) => value.Length <= 200 ? value : value[..200];
}
