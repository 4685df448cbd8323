namespace Pelhrimov.Content.Domain;

public enum MediaKind
{
    Image = 0,
    Document = 1,
}

/// <summary>An uploaded image or PDF in the media library; the bytes live in the data folder under media/{id}/.</summary>
public sealed class MediaFile
{
    public Guid Id { get; set; }

    /// <summary>Stable key of files imported by a recipe.</summary>
    public string? Key { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public MediaKind Kind { get; set; }

    public long Size { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>Default alternative text of an image, or the title of a document.</summary>
    public string? Description { get; set; }

    public DateTime UploadedUtc { get; set; }

    public required string UploadedBy { get; set; }

    public string Url => $"/media/{Id:N}/{FileName}";

    public string VariantUrl(int width) => $"/media/{Id:N}/w{width}.jpg";
}
