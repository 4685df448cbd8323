using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Pelhrimov.Tests.Core.Hosting;

/// <summary>Makes the malformed requests of <see cref="MalformedRequestFuzzTests"/>, the kinds an outside review found
/// answered with 500 or an invalid status line.</summary>
internal static class MalformedRequests
{
    private static readonly string LongKey = new('k', 3000);

    private static readonly string[] Queries =
    [
        "?a[=1", "?%zz=%", "?q=%C3%28", "?returnUrl=/aktuality/zpr%C3%A1va", "?returnUrl=%0d%0aX:1", "?" + LongKey + "=1",
        "?strana=-1&druh=%00", "?q=" + Uri.EscapeDataString(new string('ř', 500)), "?id=%E2%82", "?page=99999999999999999999",
    ];

    private static readonly Func<HttpContent>[] Bodies =
    [
        () => Form("a[=1&b]=2"),
        () => Form(LongKey + "=1"),
        () => Form("%zz=%&x=%C3%28"),
        () => Raw("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n", "multipart/form-data"),
        () => Raw("--b\r\nbroken", "multipart/form-data; boundary=b"),
        () => Raw("{\"a\":", "application/json"),
        () => Raw("<x>", "application/xml; charset=gopher"),
        () => Raw("\u0000\u00ff", "text/plain; charset=utf-8"),
        () => Raw("a=1", "application/x-www-form-urlencoded; charset=neexistuje"),
        () => Raw("grant_type=client_credentials&" + LongKey + "=1", "application/x-www-form-urlencoded"),
    ];

    private static readonly (string Name, string Value)[] Headers =
    [
        ("X-Forwarded-Proto", "gopher"), ("X-Forwarded-Proto", "https, http, ftp"), ("X-Forwarded-For", "not-an-ip"),
        ("Accept-Language", "cs;q=abc,*;q=-1"), ("Cookie", "portal.af=%%%; .AspNetCore.Identity.Application=abc"),
        ("Accept", "*/*;q=x"), ("If-Modified-Since", "vcera"), ("Range", "bytes=9-1"), ("Authorization", "Bearer ..."),
    ];

    public static HttpRequestMessage Create(Random random, string method, string path)
    {
        var query = random.Next(3) == 0 ? "" : Queries[random.Next(Queries.Length)];
        var request = new HttpRequestMessage(new HttpMethod(method), path + query);
        if (method is "POST" or "PUT" or "PATCH" || random.Next(4) == 0)
        {
            request.Content = Bodies[random.Next(Bodies.Length)]();
        }
        var (name, value) = Headers[random.Next(Headers.Length)];
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>The path of a route, its parameters filled with values of the kind their constraints ask for (or junk).</summary>
    public static string Fill(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => Uri.EscapeDataString(literal.Content),
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Value(parameter),
            _ => "",
        }))));

    public static string Describe(HttpRequestMessage request) =>
        string.Join("; ", request.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}")
            .Concat(request.Content is null ? [] : [$"Content-Type: {request.Content.Headers.ContentType}"]));

    private static string Value(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Contains("int") || constraints.Contains("long"))
        {
            return "0";
        }
        return constraints.Contains("guid") ? Guid.Empty.ToString() : Uri.EscapeDataString("zpráva-ž%");
    }

    private static HttpContent Form(string body) => Raw(body, "application/x-www-form-urlencoded");

    private static HttpContent Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
