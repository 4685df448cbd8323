using Pelhrimov.Core.Validation;

namespace Pelhrimov.Filings.Services;

/// <summary>What a document really is, from its first bytes: PDF, PNG and JPEG are accepted.</summary>
public static class DocumentType
{
    public const string Accepted = "application/pdf,image/png,image/jpeg";

    private static readonly string[] Types = Accepted.Split(',');

    public static string? Detect(ReadOnlySpan<byte> head) => FileSignature.DetectAmong(head, Types);

    public static string Extension(string contentType) => FileSignature.ExtensionOf(contentType);

    /// <summary>A file name safe for a header and a URL: letters, digits, dash, underscore and dot; the extension of its type.</summary>
    public static string SafeFileName(string? fileName, string contentType)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName ?? "");
        var clean = new string(stem.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        while (clean.Contains("--", StringComparison.Ordinal))
        {
            clean = clean.Replace("--", "-", StringComparison.Ordinal);
        }
        if (clean.Length > 100)
        {
            clean = clean[..100];
        }
        return (clean.Length == 0 ? "dokument" : clean) + Extension(contentType);
    }
}
