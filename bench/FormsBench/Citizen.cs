using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Pelhrimov.FormsBench;

/// <summary>
/// One visitor with a browser's cookie jar (antiforgery cookie, the anonymous fill cookie), sharing the connection
/// pool of all visitors. Reads the antiforgery token and the hidden fields from each page as a browser would post them.
/// </summary>
public sealed partial class Citizen(HttpClient http)
{
    private readonly CookieContainer _cookies = new();

    /// <summary>GET a page that must answer 200; the HTML and how long the request took.</summary>
    public async Task<(string Html, double Ms)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var (response, ms) = await SendAsync(request);
        using (response)
        {
            Expect(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
            return (await response.Content.ReadAsStringAsync(), ms);
        }
    }

    /// <summary>POST a form (multipart when the page's form is) that must answer a redirect; its target and the time taken.</summary>
    public async Task<(string Location, double Ms)> PostAsync(string path, string page, IReadOnlyDictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body(page, fields) };
        var (response, ms) = await SendAsync(request);
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                var html = await response.Content.ReadAsStringAsync();
                throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {ErrorSummary(html)}");
            }
            return (response.Headers.Location!.OriginalString, ms);
        }
    }

    private async Task<(HttpResponseMessage Response, double Ms)> SendAsync(HttpRequestMessage request)
    {
        var uri = new Uri(http.BaseAddress!, request.RequestUri!);
        var cookieHeader = _cookies.GetCookieHeader(uri);
        if (cookieHeader.Length > 0)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }
        var started = Stopwatch.GetTimestamp();
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                _cookies.SetCookies(uri, setCookie);
            }
        }
        return (response, ms);
    }

    private static HttpContent Body(string page, IReadOnlyDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields, StringComparer.Ordinal)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
        };
        foreach (Match hidden in Hidden().Matches(page))
        {
            all.TryAdd(hidden.Groups[1].Value, WebUtility.HtmlDecode(hidden.Groups[2].Value));
        }
        if (!page.Contains("enctype=\"multipart/form-data\"", StringComparison.Ordinal))
        {
            return new FormUrlEncodedContent(all);
        }
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in all)
        {
            multipart.Add(new StringContent(value), name);
        }
        return multipart;
    }

    private static string ErrorSummary(string html) =>
        WebUtility.HtmlDecode(string.Join(" | ", ErrorItem().Matches(html).Select(m => m.Groups[1].Value))) is { Length: > 0 } errors
            ? errors : html[..Math.Min(html.Length, 300)];

    public static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input type=\"hidden\" name=\"(verze|vyplneni)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex("<a href=\"#[^\"]*\">([^<]+)</a>")]
    private static partial Regex ErrorItem();
}
