using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Pelhrimov.Forms.Receipts;

/// <summary>
/// PDFsharp's font resolver over the DejaVu Sans faces embedded in this assembly (Receipts/Fonts, Bitstream Vera
/// licence beside them). PDFsharp on .NET reads no system fonts and a fresh server may have none, so every family
/// name resolves to DejaVu Sans: it is the one font the portal ships (ADR 0039).
/// </summary>
public sealed class ReceiptFontResolver : IFontResolver
{
    /// <summary>The family name the receipt asks for.</summary>
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";
    private static readonly object InstallLock = new();
    private readonly ConcurrentDictionary<string, byte[]> faces = new(StringComparer.Ordinal);

    private ReceiptFontResolver()
    {
    }

    /// <summary>The one instance: PDFsharp requires the same resolver whenever it is set.</summary>
    public static ReceiptFontResolver Instance { get; } = new();

    /// <summary>Makes this the process's font resolver; idempotent and safe to call from many threads.</summary>
    public static void Install()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
        {
            return;
        }

        lock (InstallLock)
        {
            var current = GlobalFontSettings.FontResolver;
            if (current is not null && !ReferenceEquals(current, Instance))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {current.GetType().FullName}; the receipts need {nameof(ReceiptFontResolver)} (ADR 0039).");
            }

            GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = $"Pelhrimov.Forms.Receipts.Fonts.{faceName}.ttf";
        using var stream = typeof(ReceiptFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the Forms module.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
