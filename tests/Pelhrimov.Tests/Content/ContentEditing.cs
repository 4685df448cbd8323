using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Content.Data;
using Pelhrimov.Content.Domain;

namespace Pelhrimov.Tests.Content;

/// <summary>Shortcuts for driving the content editor through its real forms.</summary>
internal static class ContentEditing
{
    public static Dictionary<string, string?> Article(string title, string? slug = null, string? body = null, string? image = null, string? alt = null) => new()
    {
        ["Input.Title"] = title,
        ["Input.Slug"] = slug ?? "",
        ["Input.Fields[perex]"] = "Krátké shrnutí článku pro přehled aktualit.",
        ["Input.Fields[body]"] = body ?? "<p>Text článku.</p>",
        ["Input.Fields[category]"] = "Radnice",
        ["Input.Fields[image]"] = image ?? "",
        ["Input.Fields[imageAlt]"] = alt ?? "",
    };

    public static Dictionary<string, string?> With(this Dictionary<string, string?> values, string action)
    {
        values["akce"] = action;
        return values;
    }

    /// <summary>Submits the "new article" form; returns the response (redirected to the editor on success).</summary>
    public static Task<HttpResponseMessage> CreateArticleAsync(HttpClient staff, Dictionary<string, string?> values, bool publish) =>
        AntiforgeryForm.PostAsync(staff, "/admin/obsah/novy/Article", values.With(publish ? "zverejnit" : "ulozit"), "form.editor");

    /// <summary>The item id in the editor URL the app redirected to after saving.</summary>
    public static Guid ItemIdOf(HttpResponseMessage response)
    {
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("^/admin/obsah/[0-9a-f-]{36}$", path);
        return Guid.Parse(path["/admin/obsah/".Length..]);
    }

    public static async Task<IReadOnlyList<string>> FieldErrorsAsync(HttpResponseMessage response)
    {
        var page = await response.ReadHtmlAsync();
        return page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).ToList();
    }

    public static async Task<IDocument> ErrorPageAsync(HttpResponseMessage response) => await response.ReadHtmlAsync();

    public static Task<T> ContentDbAsync<T>(this PortalApp app, Func<ContentDbContext, Task<T>> query) =>
        app.InScopeAsync(sp => query(sp.GetRequiredService<ContentDbContext>()));

    public static Task<string> AnyImageIdAsync(this PortalApp app) =>
        app.ContentDbAsync(async db => (await db.Media.FirstAsync(m => m.Kind == MediaKind.Image)).Id.ToString());

    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.StatusCode;
    }
}
