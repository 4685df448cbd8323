using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Validation;
using SkiaSharp;

namespace Pelhrimov.Content.Services;

/// <summary>Stores uploaded images and PDFs after checking what they really are, and makes resized image variants.</summary>
public sealed class MediaLibrary(
    ContentDbContext db, CoreDbContext core, IAuditLog audit, DataFolder dataFolder, IOptions<MediaOptions> options,
    ImageVariants variants, TimeProvider clock)
{
    public const string AcceptedTypes = "image/jpeg,image/png,image/gif,image/webp,application/pdf";

    private string FolderOf(Guid id) => dataFolder.CombineShared("media", id.ToString("N"));

    /// <summary>Validates and stores one upload; a refused file gets a Czech reason and nothing is stored.</summary>
    public async Task<(MediaFile? File, string? Error)> UploadAsync(Stream content, string fileName, string? description, string actor,
        string? key = null, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        using var buffer = new MemoryStream();
        var maxBytes = Math.Max(limits.MaxImageBytes, limits.MaxDocumentBytes);
        await CopyLimitedAsync(content, buffer, maxBytes + 1, cancellationToken);
        if (buffer.Length == 0)
        {
            return (null, "Soubor je prázdný.");
        }
        var type = FileSignature.Detect(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16)));
        if (type is null)
        {
            return (null, "Tento typ souboru nelze nahrát. Povolené jsou obrázky JPEG, PNG, GIF, WebP a dokumenty PDF.");
        }
        var limit = type.IsImage ? limits.MaxImageBytes : limits.MaxDocumentBytes;
        if (buffer.Length > limit)
        {
            return (null, $"Soubor je příliš velký. {(type.IsImage ? "Obrázek" : "Dokument")} může mít nejvýše {CzechFormat.FileSize(limit)}.");
        }

        int? width = null, height = null;
        if (type.IsImage)
        {
            // The codec reads only the header here; nothing is decoded before the dimensions pass the limit.
            using var codec = SKCodec.Create(new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length, writable: false));
            if (codec is null)
            {
                return (null, "Obrázek je poškozený nebo ho nelze přečíst.");
            }
            (width, height) = (codec.Info.Width, codec.Info.Height);
            if (!WithinPixelLimit(width.Value, height.Value))
            {
                return (null, $"Obrázek má příliš mnoho pixelů ({CzechFormat.Number(width.Value)} × {CzechFormat.Number(height.Value)}). " +
                    $"Nahrajte obrázek, který má nejvýše {CzechFormat.Number(limits.MaxImagePixels)} pixelů, třeba zmenšený na 4 000 × 3 000.");
            }
        }

        var media = new MediaFile
        {
            Id = Guid.NewGuid(),
            Key = key,
            FileName = SafeFileName(fileName, type.Extension),
            ContentType = type.ContentType,
            Kind = type.IsImage ? MediaKind.Image : MediaKind.Document,
            Size = buffer.Length,
            Width = width,
            Height = height,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
            UploadedBy = actor,
        };
        var folder = FolderOf(media.Id);
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "original" + type.Extension), buffer.ToArray(), cancellationToken);
        // The file and its audit entry are stored together (joining the caller's transaction, if any).
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            db.Media.Add(media);
            audit.Add(ContentAuditActions.MediaUploaded, "Media", media.Id.ToString(), $"Nahrán soubor „{media.FileName}“.", actor);
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return (media, null);
    }

    public string OriginalPath(MediaFile media) =>
        Path.Combine(FolderOf(media.Id), "original" + Path.GetExtension(media.FileName));

    /// <summary>Path of a JPEG variant at most <paramref name="width"/> pixels wide, created on first use.</summary>
    public async Task<string?> VariantPathAsync(MediaFile media, int width, CancellationToken cancellationToken = default)
    {
        if (media.Kind != MediaKind.Image || !options.Value.VariantWidths.Contains(width))
        {
            return null;
        }
        var path = Path.Combine(FolderOf(media.Id), $"w{width}.jpg");
        if (File.Exists(path))
        {
            return path;
        }
        // Images stored before the limit (or with their size unrecorded) are measured from the file's header.
        var original = OriginalPath(media);
        var (originalWidth, originalHeight) = media is { Width: int w, Height: int h } ? (w, h) : ReadDimensions(original);
        if (!WithinPixelLimit(originalWidth, originalHeight))
        {
            return null;
        }
        return await variants.EnsureAsync(original, path, width, media.Id.ToString("N"), cancellationToken) ? path : null;
    }

    private bool WithinPixelLimit(int width, int height) =>
        width > 0 && height > 0 && (long)width * height <= options.Value.MaxImagePixels;

    private static (int Width, int Height) ReadDimensions(string path)
    {
        using var codec = File.Exists(path) ? SKCodec.Create(path) : null;
        return codec is null ? (0, 0) : (codec.Info.Width, codec.Info.Height);
    }

    public Task<MediaFile?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    private static async Task CopyLimitedAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0 && target.Length < limit)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }

    private static string SafeFileName(string fileName, string extension)
    {
        var stem = Slug.FromTitle(Path.GetFileNameWithoutExtension(fileName));
        return (stem.Length == 0 ? "soubor" : stem) + extension;
    }
}
