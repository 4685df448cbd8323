using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Pelhrimov.Payments.Statements;

/// <summary>
/// Loading an untrusted camt.053 document safely (no DTD, so no entity expansion and no external entities; no resolver;
/// a bound on characters), and reading its elements by local name, whatever the version's namespace.
/// </summary>
internal static partial class CamtXml
{
    public static XDocument Load(byte[] content, long maxBytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = LegacyEncoding(content) is { } encoding
                ? XmlReader.Create(new StreamReader(stream, encoding), settings)
                : XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception) when (HasDocumentType(content))
        {
            throw new StatementFormatException(
                "Soubor obsahuje definici typu dokumentu (DOCTYPE); výpisy CAMT.053 ji nemají a z bezpečnostních důvodů ji nepřijímáme.", exception);
        }
        catch (XmlException exception)
        {
            throw new StatementFormatException(
                $"Soubor není platný XML dokument (chyba na řádku {exception.LineNumber}) – nejde o výpis ve formátu CAMT.053.", exception);
        }
    }

    public static XElement? Child(this XElement? parent, params string[] path)
    {
        var current = parent;
        foreach (var name in path)
        {
            current = current?.Elements().FirstOrDefault(element => element.Name.LocalName == name);
        }
        return current;
    }

    public static IEnumerable<XElement> Children(this XElement? parent, string name) =>
        parent is null ? [] : parent.Elements().Where(element => element.Name.LocalName == name);

    public static string? Text(this XElement? parent, params string[] path)
    {
        var value = parent.Child(path)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static int Line(this XElement element) => ((IXmlLineInfo)element).LineNumber;

    /// <summary>A date from <c>Dt</c> or the date part of <c>DtTm</c> under the element.</summary>
    public static DateOnly? Date(this XElement? parent)
    {
        if (parent.Text("Dt") is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        return DateTimeOf(parent.Text("DtTm"));
    }

    public static DateOnly? DateTimeOf(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime) : null;

    /// <summary>An ISO 20022 amount (<c>1500.00</c>): non-negative, at most two decimals for CZK.</summary>
    public static decimal? Amount(this XElement? element) =>
        element is not null && decimal.TryParse(element.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && decimal.Round(amount, 2) == amount ? amount : null;

    // XmlReader knows only the encodings .NET registers by default; a declaration of a legacy code page (a bank's
    // windows-1250 export) is decoded here with the code page provider, which the library does not register globally.
    private static Encoding? LegacyEncoding(byte[] content)
    {
        var declaration = Encoding.ASCII.GetString(content, 0, Math.Min(content.Length, 200));
        var match = EncodingDeclaration().Match(declaration);
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups[1].Value;
        return Encoding.GetEncodings().Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
            ? null
            : CodePagesEncodingProvider.Instance.GetEncoding(name);
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*\sencoding\s*=\s*[""']([A-Za-z0-9._\-]+)[""']")]
    private static partial Regex EncodingDeclaration();

    private static bool HasDocumentType(byte[] content)
    {
        // Only on the error path; in the two encodings a hostile file would use.
        var head = content.AsSpan();
        return Encoding.UTF8.GetString(head).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            || Encoding.Unicode.GetString(head).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
    }
}
