using System.Net;

namespace Pelhrimov.Tests.Core.Hosting;

[Collection(PortalCollection.Name)]
public sealed class ErrorPageTests(PortalApp app)
{
    [Fact]
    public async Task Unknown_address_answers_404_with_a_Czech_page()
    {
        using var response = await app.CreateClient().GetAsync("/tato-stranka-neexistuje", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.ReadHtmlAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Stránka nenalezena", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_404_page_is_rendered_once_and_served_from_the_cache_for_any_unknown_address()
    {
        var client = app.CreateClient();
        using var first = await client.GetAsync($"/neznama-{Guid.NewGuid():N}", TestContext.Current.CancellationToken);
        using var second = await client.GetAsync($"/jina-neznama-{Guid.NewGuid():N}?x=1", TestContext.Current.CancellationToken);

        // A random address a crawler invents costs a cache look-up, not a rendering with the layout's queries.
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.True(second.Headers.Age is not null, "The second unknown address should be answered from the output cache (Age header)");
        var page = await second.ReadHtmlAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Stránka nenalezena", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.True(second.Headers.Contains("Content-Security-Policy"), "A cached 404 keeps the security headers");
    }

    [Fact]
    public async Task Other_error_pages_are_never_served_from_the_404_cache()
    {
        using var missing = await app.CreateClient().GetAsync($"/neznama-{Guid.NewGuid():N}", TestContext.Current.CancellationToken);
        using var badRequest = await app.CreateClient().PostAsync("/admin/prihlaseni", new StringContent("x"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotEqual(HttpStatusCode.NotFound, badRequest.StatusCode);
        Assert.Null(badRequest.Headers.Age);
    }
}
