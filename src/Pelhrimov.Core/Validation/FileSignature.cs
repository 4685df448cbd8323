namespace Pelhrimov.Core.Validation;

/// <summary>
/// Recognises a file's real type from its first bytes, whatever its name or declared type says: the one place that knows
/// the signatures (the media library, filings' documents and smart forms' uploads each accept a subset of them).
/// </summary>
public static class FileSignature
{
    public sealed record Detected(string ContentType, string Extension, bool IsImage);

    public static Detected? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new("image/jpeg", ".jpg", true);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new("image/png", ".png", true);
        }
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return new("image/gif", ".gif", true);
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return new("image/webp", ".webp", true);
        }
        if (head.StartsWith("%PDF-"u8))
        {
            return new("application/pdf", ".pdf", false);
        }
        return null;
    }

    /// <summary>The type the bytes show when it is one of <paramref name="accepted"/>; null for anything else.</summary>
    public static string? DetectAmong(ReadOnlySpan<byte> head, IReadOnlyCollection<string> accepted) =>
        Detect(head) is { } found && accepted.Contains(found.ContentType) ? found.ContentType : null;

    /// <summary>The file-name extension of a type this class recognises (<c>.pdf</c>, <c>.jpg</c>…); empty for any other.</summary>
    public static string ExtensionOf(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "application/pdf" => ".pdf",
        _ => "",
    };
}
