using Microsoft.AspNetCore.Http;

namespace Pelhrimov.Theme.Layout;

/// <summary>Tells how a menu link relates to the page being shown, as the value of <c>aria-current</c>.</summary>
public static class CurrentLink
{
    /// <summary>
    /// <c>page</c> for a link to this very page, <c>true</c> for a link to a section the page lies in
    /// (<c>/aktuality</c> while showing <c>/aktuality/novy-chodnik</c>), otherwise null.
    /// </summary>
    public static string? AriaCurrent(string linkUrl, PathString currentPath)
    {
        var link = LocalPath(linkUrl);
        if (link is null)
        {
            return null;
        }
        var current = Normalize(currentPath.Value ?? "/");
        if (string.Equals(link, current, StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }
        return link != "/" && current.StartsWith(link + "/", StringComparison.OrdinalIgnoreCase) ? "true" : null;
    }

    /// <summary>The path of a link within this site, or null for links elsewhere (<c>https://…</c>, <c>mailto:</c>).</summary>
    private static string? LocalPath(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        var end = url.IndexOfAny(['?', '#']);
        return Normalize(end < 0 ? url : url[..end]);
    }

    private static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
