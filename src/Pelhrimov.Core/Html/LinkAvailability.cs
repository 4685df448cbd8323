using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Html;

/// <summary>A path prefix a module serves, declared with <see cref="LinkAvailabilityRegistration.AddServedPathPrefix"/>.</summary>
public sealed record ServedPathPrefix(string Prefix);

/// <summary>
/// A module that serves only some paths under its prefix (the forms module: the forms that exist) says which; a link
/// under the prefix to a path it does not serve is shown as plain text, like a link to a section no module serves.
/// </summary>
public interface IServedPathFilter
{
    /// <summary>The prefix it decides about, e.g. <c>/formulare/</c>.</summary>
    string Prefix { get; }

    /// <summary>Whether a link to <paramref name="path"/> (under <see cref="Prefix"/>, possibly with a query or fragment) leads to a page.</summary>
    bool Serves(string path);
}

/// <summary>
/// Keeps rich text from linking to sections of the site that no module serves yet. Content written for the whole
/// portal links to the forms catalogue (<c>/formulare/…</c>) that the smart forms module will serve; until a module
/// declares the prefix as served, such a link is shown as its plain text, never as a link to a missing page. A module
/// serving the prefix may filter it further (<see cref="IServedPathFilter"/>): a link to a form that does not exist is
/// plain text too.
/// </summary>
public sealed class LinkAvailability
{
    /// <summary>Sections content may link to before their module exists; the slugs are reserved for them.</summary>
    public static readonly IReadOnlyList<string> AwaitedPrefixes = ["/formulare/"];

    private readonly string[] _unserved;
    private readonly IServedPathFilter[] _filters;

    public LinkAvailability(IEnumerable<ServedPathPrefix> served, IEnumerable<IServedPathFilter>? filters = null)
    {
        var servedPrefixes = served.Select(s => s.Prefix).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _unserved = AwaitedPrefixes.Where(p => !servedPrefixes.Contains(p)).ToArray();
        _filters = [.. (filters ?? []).Where(f => servedPrefixes.Contains(f.Prefix))];
    }

    /// <summary>The HTML with every link to an unserved section or path replaced by its content.</summary>
    public string Unlink(string html)
    {
        if (!_unserved.Concat(_filters.Select(f => f.Prefix)).Any(p => html.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            return html;
        }
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);
        var changed = false;
        foreach (var link in document.Body!.QuerySelectorAll("a[href]").ToList())
        {
            var href = link.GetAttribute("href")!;
            if (_unserved.Any(p => href.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                || _filters.Any(f => href.StartsWith(f.Prefix, StringComparison.OrdinalIgnoreCase) && !f.Serves(href)))
            {
                link.Replace([.. link.ChildNodes]);
                changed = true;
            }
        }
        return changed ? document.Body.InnerHtml : html;
    }
}

public static class LinkAvailabilityRegistration
{
    /// <summary>Declares that this module serves the pages under <paramref name="prefix"/> (e.g. <c>/formulare/</c>).</summary>
    public static IServiceCollection AddServedPathPrefix(this IServiceCollection services, string prefix) =>
        services.AddSingleton(new ServedPathPrefix(prefix));
}
