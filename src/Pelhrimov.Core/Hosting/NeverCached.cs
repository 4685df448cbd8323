using Microsoft.AspNetCore.Http;

namespace Pelhrimov.Core.Hosting;

/// <summary>Marks a page that must never be kept in any cache (personal data, forms with antiforgery tokens).</summary>
public static class NeverCached
{
    /// <summary>
    /// Exactly what antiforgery itself sets on every page that renders a token. A page that set only <c>no-store</c>
    /// before its form was rendered made antiforgery overwrite the header and log a warning for each such response.
    /// </summary>
    public const string CacheControl = "no-cache, no-store";

    public static void SetNeverCached(this HttpResponse response) => response.Headers.CacheControl = CacheControl;
}
