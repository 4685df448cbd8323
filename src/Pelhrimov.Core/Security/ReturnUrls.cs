using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Pelhrimov.Core.Security;

/// <summary>Keeps sign-in redirects on this site (staff and citizens alike): a return URL that is not local is dropped.</summary>
public static class ReturnUrls
{
    /// <summary>The return URL when it is local, percent-encoded so that it can stand in a <c>Location</c> header; null otherwise.</summary>
    /// <remarks>A header may only carry ASCII: a Czech path (<c>/aktuality/zpráva</c>) sent as it is made the server fail
    /// the redirect after sign-in with a 500, and the new session cookie was lost with it.</remarks>
    public static string? LocalOrNull(this IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? AsciiOnly(returnUrl) : null;

    private static string AsciiOnly(string url)
    {
        if (url.All(c => c is > ' ' and < (char)0x7F))
        {
            return url;
        }
        var encoded = new StringBuilder(url.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                encoded.Append((char)rune.Value);
                continue;
            }
            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }
}
