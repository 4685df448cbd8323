namespace Pelhrimov.Content.Services;

/// <summary>Upload limits of the media library (configuration section <c>Media</c>).</summary>
public sealed class MediaOptions
{
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Most pixels an image may have (width × height). A small file can hold a huge picture (a 746 kB PNG of
    /// 16 000 × 16 000), and making a variant decodes it at 4 bytes a pixel, so uploads above this are refused and
    /// stored images above it are never decoded. 40 megapixels takes the photos of common cameras and phones.
    /// </summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Widths of the resized image variants a page may ask for.</summary>
    public int[] VariantWidths { get; set; } = [400, 800, 1200];
}
