using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Html;

/// <summary>A path prefix a module serves, declared with <see cref="LinkAvailabilityRegistration.AddServedPathPrefix"/>.</summary>
public sealed record ServedPathPrefix(string Prefix);

/// <summary>
/// Keeps rich text from linking to sections of the site that no module serves yet. Content written for the whole
/// portal links to the forms catalogue (<c>/formulare/…</c>) that the smart forms module will serve; until a module
/// declares the prefix as served, such a link is shown as its plain text, never as a link to a missing page.
/// </summary>
public sealed class LinkAvailability
{
    /// <summary>Sections content may link to before their module exists; the slugs are reserved for them.</summary>
    public static readonly IReadOnlyList<string> AwaitedPrefixes = ["/formulare/"];

    private readonly string[] _unserved;

    public LinkAvailability(IEnumerable<ServedPathPrefix> served)
    {
        var servedPrefixes = served.Select(s => s.Prefix).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _unserved = AwaitedPrefixes.Where(p => !servedPrefixes.Contains(p)).ToArray();
    }

    /// <summary>The HTML with every link to an unserved section replaced by its content.</summary>
    public string Unlink(string html)
    {
        if (_unserved.Length == 0 || !_unserved.Any(p => html.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            return html;
        }
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);
        foreach (var link in document.Body!.QuerySelectorAll("a[href]").ToList())
        {
            var href = link.GetAttribute("href")!;
            if (_unserved.Any(p => href.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                link.Replace([.. link.ChildNodes]);
            }
        }
        return document.Body.InnerHtml;
    }
}

public static class LinkAvailabilityRegistration
{
    /// <summary>Declares that this module serves the pages under <paramref name="prefix"/> (e.g. <c>/formulare/</c>).</summary>
    public static IServiceCollection AddServedPathPrefix(this IServiceCollection services, string prefix) =>
        services.AddSingleton(new ServedPathPrefix(prefix));
}
