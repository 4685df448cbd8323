using System.Security.Cryptography;
using System.Xml;

namespace Pelhrimov.Core.Settings;

/// <summary>Reads the town's emblem (SVG or PNG) for <see cref="SiteBranding"/>, refusing what a browser should not be given.</summary>
public static class SiteEmblem
{
    public const int MaxBytes = 256 * 1024;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The branding with the emblem from <paramref name="bytes"/>, or a Czech reason why it cannot be used.</summary>
    public static (SiteBranding? Branding, string? Error) Apply(SiteBranding branding, string fileName, byte[] bytes)
    {
        if (bytes.Length == 0 || bytes.Length > MaxBytes)
        {
            return (null, $"Znak obce musí mít nejvýše {MaxBytes / 1024} kB.");
        }
        var contentType = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".png" when bytes.AsSpan().StartsWith(PngSignature) => "image/png",
            ".svg" when IsPlainSvg(bytes) => "image/svg+xml",
            _ => null,
        };
        if (contentType is null)
        {
            return (null, "Znak obce musí být obrázek PNG nebo SVG bez skriptů a odkazů ven.");
        }
        return (branding with
        {
            EmblemContentType = contentType,
            EmblemBase64 = Convert.ToBase64String(bytes),
            EmblemVersion = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16],
        }, null);
    }

    /// <summary>An SVG whose root is <c>svg</c>, without scripts, event attributes, embedded HTML or outside references.</summary>
    private static bool IsPlainSvg(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if ((root && reader.LocalName != "svg") || reader.LocalName is "script" or "foreignObject" or "iframe")
                {
                    return false;
                }
                root = false;
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                        || (reader.LocalName == "href" && !reader.Value.StartsWith('#')))
                    {
                        return false;
                    }
                }
            }
            return !root;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
