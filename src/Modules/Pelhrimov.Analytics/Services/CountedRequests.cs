using System.Buffers;
using Microsoft.AspNetCore.Http;
using Pelhrimov.Analytics.Domain;

namespace Pelhrimov.Analytics.Services;

/// <summary>Which requests are page views of people: public HTML pages, no bots, paths normalised.</summary>
public static class CountedRequests
{
    // One vectorised pass over the User-Agent for all markers, ignoring case.
    private static readonly SearchValues<string> BotMarkers = SearchValues.Create(
        ["bot", "crawl", "spider", "slurp", "facebookexternalhit", "curl", "wget", "python-requests", "headless"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly PathString[] ExcludedPrefixes =
        [new("/admin"), new("/media"), new("/_content"), new("/health"), new("/api"), new("/metrics")];

    /// <summary>True for a path the counter may count (before the response is known).</summary>
    public static bool IsCountedPath(PathString path)
    {
        foreach (var prefix in ExcludedPrefixes)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Crawlers, link previews, command-line clients and headless browsers (which includes our own browser tests).</summary>
    /// <remarks>A request without a User-Agent is not a browser either.</remarks>
    public static bool IsBot(string? userAgent) => string.IsNullOrWhiteSpace(userAgent) || userAgent.AsSpan().ContainsAny(BotMarkers);

    /// <summary>A counted response: 200 with an HTML body.</summary>
    public static bool IsPageView(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && response.ContentType is { } type
        && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lowercase path without query or trailing slash; over-long paths go to <see cref="PageDailyViews.OtherPaths"/>.</summary>
    public static string NormalizePath(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value == "/")
        {
            return "/";
        }
        if (value.Length > 1 && value[^1] == '/')
        {
            value = value.TrimEnd('/');
        }
        if (value.Length > PageDailyViews.MaxPathLength)
        {
            return PageDailyViews.OtherPaths;
        }
        // Most paths are already lowercase: avoid allocating a copy for them.
        foreach (var c in value)
        {
            if (char.IsUpper(c))
            {
                return value.ToLowerInvariant();
            }
        }
        return value.Length == 0 ? "/" : value;
    }
}
