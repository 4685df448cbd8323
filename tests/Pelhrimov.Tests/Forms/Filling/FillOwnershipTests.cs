using System.Net;
using Pelhrimov.Forms.Filling;
using Pelhrimov.Tests.Identity;

namespace Pelhrimov.Tests.Forms.Filling;

/// <summary>A confirmation, its receipt and the files a citizen uploaded are theirs alone: anybody else gets a 404.</summary>
public sealed class FillOwnershipTests(FillingFixture fixture) : IClassFixture<FillingFixture>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7, 7];

    private PortalApp App => fixture.App;

    [Fact]
    public async Task Nobody_else_opens_a_confirmation_or_its_receipt()
    {
        const string slug = "test-lampa-cizi";
        await fixture.StreetLightAsync(slug);
        var owner = App.CreateClient();
        var reference = await FillAndSubmitAsync(owner, slug, photo: null);

        var stranger = await StrangerAsync(slug);
        foreach (var path in new[] { FormPaths.Confirmation(reference), FormPaths.Receipt(reference) })
        {
            await AssertNotFoundAsync(stranger, path);
        }
    }

    [Fact]
    public async Task A_citizen_downloads_their_upload_while_filling_and_after_sending_and_nobody_else_can()
    {
        const string slug = "test-lampa-moje-foto";
        await fixture.StreetLightAsync(slug);
        var owner = App.CreateClient();
        var stranger = await StrangerAsync(slug);
        string? whileFilling = null;

        var reference = await FillAndSubmitAsync(owner, slug, Png, async () =>
        {
            var step = await owner.GetHtmlAsync($"/formulare/{slug}/krok/popis");
            whileFilling = step.QuerySelector(".form-file a[download]")!.GetAttribute("href")!;
            Assert.Equal(Png, await owner.GetByteArrayAsync(whileFilling));
            await AssertNotFoundAsync(stranger, whileFilling);
        });

        var confirmation = await owner.GetHtmlAsync(FormPaths.Confirmation(reference));
        var link = confirmation.QuerySelectorAll("a[download]").Single(a => a.TextContent == "lampa.png");
        Assert.Equal(whileFilling, link.GetAttribute("href"));
        using var download = await owner.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("lampa.png", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        await AssertNotFoundAsync(stranger, link.GetAttribute("href")!);
        await AssertNotFoundAsync(stranger, FormPaths.Upload(Guid.NewGuid()));
    }

    private async Task<HttpClient> StrangerAsync(string slug)
    {
        var stranger = App.CreateClient();
        using (await TestForms.BeginAsync(stranger, slug))
        {
        }
        return stranger;
    }

    private async Task AssertNotFoundAsync(HttpClient stranger, string path)
    {
        using var response = await stranger.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var anonymous = await App.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
    }

    private static async Task<string> FillAndSubmitAsync(HttpClient client, string slug, byte[]? photo, Func<Task>? afterUpload = null)
    {
        using (await TestForms.BeginAsync(client, slug))
        {
        }
        using (var one = await TestForms.StepAsync(client, slug, "misto", new() { ["ulice"] = "Palackého", ["zavada"] = "blika" }))
        {
            Assert.Equal($"/formulare/{slug}/krok/popis", one.LandedOn());
        }
        using (var two = await TestForms.StepAsync(client, slug, "popis", new() { ["popis-zavady"] = "Bliká celou noc." },
            photo is null ? null : [new FormFile("foto", "lampa.png", photo, "image/png")]))
        {
            Assert.Equal($"/formulare/{slug}/krok/kontakt", two.LandedOn());
        }
        if (afterUpload is not null)
        {
            await afterUpload();
        }
        using (var three = await TestForms.StepAsync(client, slug, "kontakt", new() { ["odpoved"] = "ne" }))
        {
            Assert.Equal($"/formulare/{slug}/kontrola", three.LandedOn());
        }
        return await TestForms.SubmitAsync(client, slug);
    }
}
