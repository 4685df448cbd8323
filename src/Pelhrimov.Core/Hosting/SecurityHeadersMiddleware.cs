using Microsoft.AspNetCore.Http;

namespace Pelhrimov.Core.Hosting;

/// <summary>
/// Adds the security headers every response carries. Scripts only from this origin, never inline. A response that set
/// a policy of its own keeps it: only endpoints serving files that must be stricter still do (the emblem's <c>sandbox</c>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string PublicPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The admin's rich-text editor sets inline styles on its own elements; scripts stay strict.
    private const string AdminPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var admin = context.Request.Path.StartsWithSegments("/admin");
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = admin ? AdminPolicy : PublicPolicy;
            }
            if (admin)
            {
                // Staff pages carry personal data and antiforgery tokens: never keep them in any cache.
                headers.CacheControl = NeverCached.CacheControl;
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
