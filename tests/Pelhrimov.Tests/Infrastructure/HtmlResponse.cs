using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>Reads a response as an HTML document (AngleSharp) for assertions with CSS selectors.</summary>
public static class HtmlResponse
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ReadHtmlAsync(this HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        return await Parser.ParseDocumentAsync(html, cancellationToken);
    }

    /// <summary>GETs <paramref name="url"/>, fails unless it answers 200, and parses the page.</summary>
    public static async Task<IDocument> GetHtmlAsync(this HttpClient client, string url, CancellationToken cancellationToken = default)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.StatusCode}.");
        }
        return await response.ReadHtmlAsync(cancellationToken);
    }
}
