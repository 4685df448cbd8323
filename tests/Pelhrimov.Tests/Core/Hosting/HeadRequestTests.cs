using System.Net;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>HEAD is answered wherever GET is (monitors and link checkers ask with HEAD), with the GET's headers and no body.</summary>
[Collection(PortalCollection.Name)]
public sealed class HeadRequestTests(PortalApp app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/aktuality")]
    [InlineData("/uredni-deska")]
    [InlineData("/prihlaseni")]
    [InlineData("/_content/Pelhrimov.Theme/css/site.css")]
    public async Task HEAD_answers_like_GET_without_a_body(string url)
    {
        var client = app.CreateClient(allowAutoRedirect: false);
        using var get = await client.GetAsync(url, Cancel);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), Cancel);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task HEAD_answers_for_media_with_its_type_and_length()
    {
        var client = app.CreateClient();
        var board = await client.GetHtmlAsync("/uredni-deska", Cancel);
        var entry = await client.GetHtmlAsync(board.QuerySelector("tbody th a")!.GetAttribute("href")!, Cancel);
        var pdf = entry.QuerySelector("a[href^='/media/']")!.GetAttribute("href")!;

        using var get = await client.GetAsync(pdf, Cancel);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, pdf), Cancel);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/pdf", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task HEAD_of_a_missing_page_is_still_404()
    {
        using var head = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/tato-stranka-neexistuje"), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
    }
}
