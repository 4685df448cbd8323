namespace Pelhrimov.Content.Services;

/// <summary>Recognises a file's real type from its first bytes, whatever its name says.</summary>
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
}
