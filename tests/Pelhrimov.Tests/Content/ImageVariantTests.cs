using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;
using Pelhrimov.Content.Services;
using SkiaSharp;

namespace Pelhrimov.Tests.Content;

/// <summary>Resized variants cost one decode each, and images too big to decode safely are never decoded.</summary>
public sealed class ImageVariantTests
{
    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SeaGreen);
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Stores a file as an older version would have: straight into the data folder and the table, no checks.</summary>
    private static async Task<MediaFile> StoreWithoutChecksAsync(PortalApp app, byte[] png, int? width, int? height)
    {
        var media = new MediaFile
        {
            Id = Guid.NewGuid(), FileName = "starsi.png", ContentType = "image/png", Kind = MediaKind.Image,
            Size = png.Length, Width = width, Height = height, UploadedUtc = DateTime.UtcNow, UploadedBy = "test",
        };
        var folder = Path.Combine(app.Site.DataPath, "media", media.Id.ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "original.png"), png);
        await app.ContentDbAsync(db =>
        {
            db.Media.Add(media);
            return db.SaveChangesAsync();
        });
        return media;
    }

    [Fact]
    public async Task A_stored_image_over_the_pixel_limit_gets_no_variant_whether_or_not_its_size_was_recorded()
    {
        await using var app = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["Media:MaxImagePixels"] = "1000000" } });
        var client = app.CreateClient();
        // The sample site's own images (up to 1 200 × 800) fit under the limit; these three are made for the test.
        var recorded = await StoreWithoutChecksAsync(app, Png(1100, 1000), 1100, 1000);
        var unrecorded = await StoreWithoutChecksAsync(app, Png(1100, 1000), null, null);
        var small = await StoreWithoutChecksAsync(app, Png(1000, 1000), null, null);

        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync(recorded.VariantUrl(400)));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync(unrecorded.VariantUrl(400)));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync(small.VariantUrl(400)));
        Assert.False(File.Exists(Path.Combine(app.Site.DataPath, "media", recorded.Id.ToString("N"), "w400.jpg")));
    }

    [Fact]
    public async Task Many_requests_at_once_for_a_new_variant_make_it_once()
    {
        await using var app = await PortalApp.StartAsync();
        var media = await StoreWithoutChecksAsync(app, Png(1600, 1200), 1600, 1200);
        var made = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ImageVariants.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "media", Value: string id } && id == media.Id.ToString("N"))
                {
                    Interlocked.Add(ref made, (int)value);
                }
            }
        });
        listener.Start();
        var client = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync(media.VariantUrl(800))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var sizes = responses.Select(r => SKBitmap.DecodeBounds(r.Content.ReadAsStream())).Select(i => (i.Width, i.Height)).Distinct();
        Assert.Equal((800, 600), Assert.Single(sizes));
        Assert.Equal(1, made);
    }
}
