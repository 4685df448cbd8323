using System.Net;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>
/// Keeps cookies the way a browser does for a site on loopback: <c>http://127.0.0.1</c> counts as a secure
/// context, so cookies marked <c>Secure</c> (as Production sets them) still travel over the test's plain HTTP.
/// </summary>
public sealed class LoopbackCookieHandler(CookieContainer cookies) : DelegatingHandler
{
    public CookieContainer Cookies { get; } = cookies;

    /// <summary>The cookies the container would send to <paramref name="uri"/>.</summary>
    public static CookieCollection CookiesFor(CookieContainer cookies, Uri uri) => cookies.GetCookies(AsSecure(uri));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = AsSecure(request.RequestUri!);
        var header = Cookies.GetCookieHeader(uri);
        request.Headers.Remove("Cookie");
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                Cookies.SetCookies(uri, setCookie);
            }
        }
        return response;
    }

    private static Uri AsSecure(Uri uri) =>
        uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp ? new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps }.Uri : uri;
}
