namespace Pelhrimov.Content.Services;

/// <summary>Upload limits of the media library (configuration section <c>Media</c>).</summary>
public sealed class MediaOptions
{
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Widths of the resized image variants a page may ask for.</summary>
    public int[] VariantWidths { get; set; } = [400, 800, 1200];
}
