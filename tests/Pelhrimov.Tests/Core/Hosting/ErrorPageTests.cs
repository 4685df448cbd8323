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
}
