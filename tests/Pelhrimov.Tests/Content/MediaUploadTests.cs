using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Pelhrimov.Tests.Content;

/// <summary>The media library accepts images and PDFs by what they are, not by what they are called.</summary>
public sealed class MediaUploadTests(SharedPortalApp app)
{
    private static byte[] Png(int width, int height, bool noise = false)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        if (noise)
        {
            var random = new Random(42);
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    bitmap.SetPixel(x, y, new SKColor((uint)random.Next() | 0xFF000000));
                }
            }
        }
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient staff, byte[] bytes, string fileName, string? description)
    {
        var form = await AntiforgeryForm.LoadAsync(staff, "/admin/media", "form.upload-form");
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token!), AntiforgeryForm.TokenField },
        };
        if (description is not null)
        {
            content.Add(new StringContent(description), "popis");
        }
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "soubor", fileName);
        return await staff.PostAsync("/admin/media", content);
    }

    // The app is shared with other classes: a refused upload is looked for by its own description or file name.
    private Task<int> StoredAsync(string? description, string fileName) =>
        app.ContentDbAsync(db => db.Media.CountAsync(m => (description != null && m.Description == description) || m.FileName == fileName));

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    [Fact]
    public async Task An_image_is_stored_with_its_size_and_served_in_resized_variants()
    {
        var staff = await app.CreateStaffClientAsync();

        using var response = await UploadAsync(staff, Png(1600, 900), "Mapa objížďky.PNG", "Mapa objížďky přes Pražskou ulici");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var media = await app.ContentDbAsync(db => db.Media.SingleAsync(m => m.Description == "Mapa objížďky přes Pražskou ulici"));
        Assert.Equal(("image/png", 1600, 900, "mapa-objizdky.png"), (media.ContentType, media.Width!.Value, media.Height!.Value, media.FileName));
        using var variant = await staff.GetAsync(media.VariantUrl(800));
        using var bitmap = SKBitmap.Decode(await variant.Content.ReadAsByteArrayAsync());
        Assert.Equal((800, 450), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task A_file_named_like_an_image_that_is_not_one_is_refused_in_Czech_and_not_stored()
    {
        var staff = await app.CreateStaffClientAsync();
        var (name, description) = (Unique("fotka") + ".jpg", Unique("Fotka"));

        using var response = await UploadAsync(staff, "<html><script>alert(1)</script></html>"u8.ToArray(), name, description);

        var page = await response.ReadHtmlAsync();
        Assert.Contains("Tento typ souboru nelze nahrát", page.QuerySelector(".field-error")!.TextContent);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal(0, await StoredAsync(description, name));
    }

    [Fact]
    public async Task A_corrupt_image_is_refused()
    {
        var staff = await app.CreateStaffClientAsync();
        var png = Png(50, 50);
        var truncated = png[..16];

        using var response = await UploadAsync(staff, truncated, "obrazek.png", "Poškozený obrázek");

        Assert.Contains("poškozený", (await response.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent);
    }

    [Fact]
    public async Task An_image_over_the_limit_is_refused_with_the_limit_named()
    {
        await using var small = await PortalApp.StartAsync(options: new PortalAppOptions { Settings = { ["Media:MaxImageBytes"] = "102400" } });
        var staff = await small.CreateStaffClientAsync();

        using var response = await UploadAsync(staff, Png(400, 400, noise: true), "velky.png", "Velký obrázek");

        Assert.Contains("Soubor je příliš velký. Obrázek může mít nejvýše 100\u00A0kB.", (await response.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent);
    }

    [Fact]
    public async Task An_image_with_more_pixels_than_allowed_is_refused_in_Czech_from_its_header_and_not_stored()
    {
        var staff = await app.CreateStaffClientAsync();
        var (name, description) = (Unique("bomba") + ".png", Unique("Obrovský obrázek"));

        // 16 000 × 16 000 pixels in a few bytes: decoding it would take 1 GB; the header alone must refuse it.
        using var response = await UploadAsync(staff, ImageBomb.Png(16_000, 16_000), name, description);

        Assert.Contains("Obrázek má příliš mnoho pixelů (16\u00A0000 × 16\u00A0000).", (await response.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent);
        Assert.Equal(0, await StoredAsync(description, name));
    }

    [Fact]
    public async Task An_upload_without_a_description_is_refused_because_images_need_alternative_text()
    {
        var staff = await app.CreateStaffClientAsync();
        var name = Unique("bez-popisu") + ".png";

        using var response = await UploadAsync(staff, Png(10, 10), name, null);

        Assert.Contains("Doplňte popis", (await response.ReadHtmlAsync()).QuerySelector(".field-error")!.TextContent);
        Assert.Equal(0, await StoredAsync(null, name));
    }

    [Fact]
    public async Task A_PDF_is_accepted_as_a_document()
    {
        var staff = await app.CreateStaffClientAsync();
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

        using var response = await UploadAsync(staff, pdf, "vyhlaska.pdf", "Vyhláška o místním poplatku");

        var media = await app.ContentDbAsync(db => db.Media.SingleAsync(m => m.FileName == "vyhlaska.pdf"));
        Assert.Equal(Pelhrimov.Content.Domain.MediaKind.Document, media.Kind);
    }
}
