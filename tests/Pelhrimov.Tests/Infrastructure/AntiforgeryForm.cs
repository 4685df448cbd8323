using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// Submits a server-rendered form the way a browser would: GET the page, take the form's fields (with its
/// <c>__RequestVerificationToken</c>), change the ones the test names, POST them with the client's cookies.
/// </summary>
/// <example><code>
/// var response = await AntiforgeryForm.PostAsync(client, "/admin/aktuality/nova", new Dictionary&lt;string, string?&gt; { ["Title"] = "Uzavírka" });
/// </code></example>
public static class AntiforgeryForm
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Loads the page and returns its form: the one matching <paramref name="formSelector"/>, else the first that carries a token.</summary>
    public static async Task<HtmlForm> LoadAsync(HttpClient client, string pageUrl, string? formSelector = null, CancellationToken cancellationToken = default)
    {
        using var response = await client.GetAsync(pageUrl, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode} {response.StatusCode}; no form to fill.");
        }
        var document = await response.ReadHtmlAsync(cancellationToken);
        var form = FindForm(document, formSelector)
            ?? throw new InvalidOperationException(formSelector is null
                ? $"{pageUrl} has no form with a {TokenField} field."
                : $"{pageUrl} has no form matching '{formSelector}'.");
        return HtmlForm.From(form, response.RequestMessage!.RequestUri!);
    }

    /// <summary>Loads the form on <paramref name="pageUrl"/> and submits it with <paramref name="values"/> replacing its fields (null removes one).</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client,
        string pageUrl,
        IReadOnlyDictionary<string, string?> values,
        string? formSelector = null,
        IReadOnlyList<FormFile>? files = null,
        CancellationToken cancellationToken = default)
    {
        var form = await LoadAsync(client, pageUrl, formSelector, cancellationToken);
        return await form.SubmitAsync(client, values, files, cancellationToken);
    }

    private static IHtmlFormElement? FindForm(IDocument document, string? selector) =>
        selector is null
            ? document.Forms.FirstOrDefault(f => f.QuerySelector($"input[name='{TokenField}']") is not null)
            : document.QuerySelector(selector) as IHtmlFormElement;
}
