using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using SkiaSharp;

namespace Pelhrimov.Content.Services;

/// <summary>
/// Makes resized JPEG variants of stored images: each variant once however many requests ask for it at the same
/// moment (single flight per file), and at most one decode per processor at a time, because decoding is what costs
/// memory (4 bytes per pixel of the original).
/// </summary>
public sealed class ImageVariants : IDisposable
{
    /// <summary>Name of the meter whose counter <c>portal.media.variants_generated</c> counts variants made (tag <c>media</c>).</summary>
    public const string MeterName = "Pelhrimov.Media";

    private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _inFlight = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _decoders = new(Environment.ProcessorCount);
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _generated;

    public ImageVariants() => _generated = _meter.CreateCounter<long>("portal.media.variants_generated");

    /// <summary>
    /// Writes <paramref name="variantPath"/> from <paramref name="originalPath"/> unless it exists; false when the
    /// original cannot be read. The work is not cancelled with the caller: others may be waiting for the same file.
    /// </summary>
    public async Task<bool> EnsureAsync(string originalPath, string variantPath, int width, string tag, CancellationToken cancellationToken)
    {
        if (File.Exists(variantPath))
        {
            return true;
        }
        var flight = _inFlight.GetOrAdd(variantPath, _ => new Lazy<Task<bool>>(() => GenerateAsync(originalPath, variantPath, width, tag)));
        return await flight.Value.WaitAsync(cancellationToken);
    }

    private async Task<bool> GenerateAsync(string originalPath, string variantPath, int width, string tag)
    {
        await _decoders.WaitAsync();
        try
        {
            if (File.Exists(variantPath))
            {
                return true;
            }
            using var data = await Task.Run(() => Resize(originalPath, width));
            if (data is null)
            {
                return false;
            }
            var temp = variantPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await using (var file = File.Create(temp))
            {
                data.SaveTo(file);
            }
            File.Move(temp, variantPath, overwrite: true);
            _generated.Add(1, new KeyValuePair<string, object?>("media", tag));
            return true;
        }
        finally
        {
            _decoders.Release();
            _inFlight.TryRemove(variantPath, out _);
        }
    }

    private static SKData? Resize(string originalPath, int width)
    {
        using var codec = SKCodec.Create(originalPath);
        if (codec is null)
        {
            return null;
        }
        // Decode straight at a smaller scale where the format supports it (JPEG, WebP): far less memory than full size.
        var full = codec.Info;
        var target = Math.Min(width, full.Width);
        var scaled = codec.GetScaledDimensions(Math.Min(1f, (float)target / full.Width));
        if (scaled.Width < target)
        {
            scaled = full.Size;
        }
        using var decoded = new SKBitmap(new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }
        var info = new SKImageInfo(target, Math.Max(1, (int)Math.Round(full.Height * (double)target / full.Width)));
        using var resized = decoded.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        return image.Encode(SKEncodedImageFormat.Jpeg, 82);
    }

    public void Dispose()
    {
        _decoders.Dispose();
        _meter.Dispose();
    }
}
