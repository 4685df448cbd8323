using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Validation;
using Pelhrimov.Forms.Definitions;

namespace Pelhrimov.Forms.Engine.Fields;

/// <summary>
/// Uploads: the type is what the first bytes say (PDF <c>%PDF-</c>, PNG, JPEG), it must be allowed by the field and
/// agree with the file name's extension and the declared type; the size is capped (default 5 MB, never above 20 MB).
/// </summary>
public static class FileInput
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const long DefaultMaxBytes = 5 * 1024 * 1024;
    public const long HardMaxBytes = 20 * 1024 * 1024;

    public static readonly IReadOnlyList<string> KnownTypes = [Pdf, Png, Jpeg];

    /// <summary>The type the bytes show; null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> head) => FileSignature.DetectAmong(head, KnownTypes);

    public static long MaxBytes(FormField field) => Math.Min(field.MaxBytes ?? DefaultMaxBytes, HardMaxBytes);

    public static IReadOnlyList<string> Accepted(FormField field) => field.Accept.Count > 0 ? field.Accept : KnownTypes;

    /// <summary>Null when the upload is acceptable; otherwise the Czech reason.</summary>
    public static string? Check(FormField field, UploadedFile upload)
    {
        if (upload.Length <= 0)
        {
            return FieldMessages.Invalid(field, "Vybraný soubor je prázdný");
        }
        if (upload.Length > MaxBytes(field))
        {
            return FieldMessages.Range(field, $"Soubor může mít nejvýše {CzechFormat.FileSize(MaxBytes(field))}");
        }
        var detected = Detect(upload.Head.Span);
        var accepted = Accepted(field);
        if (detected is null || !accepted.Contains(detected))
        {
            return FieldMessages.Invalid(field, $"Soubor musí být {Names(accepted)}");
        }
        var byName = TypeOfExtension(Path.GetExtension(upload.FileName));
        if (byName != detected || (upload.DeclaredType is { Length: > 0 } declared && Normalize(declared) != detected))
        {
            return FieldMessages.Invalid(field, $"Obsah souboru neodpovídá jeho příponě – nahrajte skutečný soubor {Names(accepted)}");
        }
        return null;
    }

    /// <summary>Whether a stored file still satisfies the field (at submission).</summary>
    public static string? Check(FormField field, FileValue file) =>
        file.Size > MaxBytes(field) ? FieldMessages.Range(field, $"Soubor může mít nejvýše {CzechFormat.FileSize(MaxBytes(field))}")
        : !Accepted(field).Contains(file.ContentType) ? FieldMessages.Invalid(field, $"Soubor musí být {Names(Accepted(field))}")
        : null;

    public static string? TypeOfExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".pdf" => Pdf,
        ".png" => Png,
        ".jpg" or ".jpeg" or ".jpe" => Jpeg,
        _ => null,
    };

    private static string Normalize(string declared) => declared.Trim().ToLowerInvariant() switch
    {
        "image/jpg" or "image/pjpeg" => Jpeg,
        var other => other,
    };

    private static string Names(IReadOnlyList<string> types)
    {
        var names = types.Select(t => t switch { Pdf => "PDF", Png => "PNG", Jpeg => "JPEG", _ => t }).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " nebo " + names[^1];
    }
}
