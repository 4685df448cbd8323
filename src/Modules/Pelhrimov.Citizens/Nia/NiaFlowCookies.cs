using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;

namespace Pelhrimov.Citizens.Nia;

/// <summary>
/// Keeps the nonce and correlation cookies of eID sign-ins from piling up: each start of a sign-in writes a pair, and one
/// that is never finished (the person closes NIA's page) leaves it behind until it expires. Without this, 120 starts made
/// a 22 KB Cookie header. A new start removes the pairs of earlier starts, so a browser holds at most one unfinished
/// eID sign-in (finishing an older one from another tab then fails with the ordinary Czech refusal page).
/// </summary>
public static class NiaFlowCookies
{
    /// <summary>Deletes the earlier flows' cookies the request carried; the new flow's are only in the response.</summary>
    public static void RemoveEarlier(RedirectContext context)
    {
        var options = context.Options;
        Remove(context.HttpContext, options.NonceCookie.Name!, options.NonceCookie.Build(context.HttpContext));
        Remove(context.HttpContext, options.CorrelationCookie.Name!, options.CorrelationCookie.Build(context.HttpContext));
    }

    private static void Remove(HttpContext http, string prefix, CookieOptions cookie)
    {
        foreach (var name in http.Request.Cookies.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            http.Response.Cookies.Delete(name, new CookieOptions
            {
                Path = cookie.Path,
                Domain = cookie.Domain,
                Secure = cookie.Secure,
                SameSite = cookie.SameSite,
                HttpOnly = cookie.HttpOnly,
            });
        }
    }
}
