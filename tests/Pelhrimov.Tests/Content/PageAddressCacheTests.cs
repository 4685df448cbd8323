using System.Net;

namespace Pelhrimov.Tests.Content;

/// <summary>The published page tree is kept in memory for unknown addresses (issue 17): a change is seen at once.</summary>
public sealed class PageAddressCacheTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task A_page_published_after_its_address_answered_404_is_served_at_once()
    {
        var slug = "nova-stranka-" + Guid.NewGuid().ToString("N")[..8];
        var visitor = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, await visitor.StatusOfAsync("/" + slug));

        var staff = await app.CreateStaffClientAsync();
        using var published = await AntiforgeryForm.PostAsync(staff, "/admin/obsah/novy/Page", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Nová stránka o městě",
            ["Input.Slug"] = slug,
            ["Input.Fields[body]"] = "<p>Obsah nové stránky.</p>",
            ["akce"] = "zverejnit",
        }, "form.editor", cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(published.IsSuccessStatusCode, $"Publishing answered {(int)published.StatusCode}");

        var page = await visitor.GetHtmlAsync("/" + slug);
        Assert.Equal("Nová stránka o městě", page.QuerySelector("h1")?.TextContent.Trim());
    }
}
