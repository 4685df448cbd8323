using System.Net;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>Follows redirects above the cookie handler, so that cookies set by a redirect response are kept.</summary>
public sealed class RedirectHandler : DelegatingHandler
{
    private const int MaxRedirects = 10;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        for (var i = 0; i < MaxRedirects && IsRedirect(response.StatusCode) && response.Headers.Location is { } location; i++)
        {
            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            var keepMethod = response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
            var next = new HttpRequestMessage(keepMethod ? request.Method : HttpMethod.Get, target)
            {
                Content = keepMethod ? request.Content : null,
            };
            foreach (var header in request.Headers.Where(h => h.Key != "Cookie"))
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            response.Dispose();
            request = next;
            response = await base.SendAsync(request, cancellationToken);
        }
        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;
}
