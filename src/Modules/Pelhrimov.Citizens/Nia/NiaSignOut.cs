using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Pelhrimov.Citizens.Nia;

/// <summary>
/// The address of NIA's end-session for the current request, for a page to navigate to rather than for a redirect: the
/// sign-out is a form post, and the site's CSP <c>form-action 'self'</c> also governs the redirects that follow a form
/// post, so a redirect to NIA's origin is blocked by the browser (docs/adr/0015-sign-out-at-nia.md).
/// </summary>
public sealed class NiaSignOut(ILogger<NiaSignOut> logger)
{
    /// <summary>
    /// Lets the OpenID Connect handler write its front-channel logout (state with <paramref name="returnPath"/>, client_id, no
    /// id_token_hint) and takes the address back off the response; null when NIA cannot be reached (the local session is
    /// over either way).
    /// </summary>
    public async Task<string?> EndSessionAddressAsync(HttpContext http, string returnPath)
    {
        try
        {
            await http.SignOutAsync(NiaAuthentication.Scheme, new AuthenticationProperties { RedirectUri = returnPath });
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogWarning(e, "Sign-out at NIA skipped: NIA's configuration could not be read.");
            return null;
        }
        var address = http.Response.Headers.Location.ToString();
        http.Response.Headers.Remove(HeaderNames.Location);
        http.Response.StatusCode = StatusCodes.Status200OK;
        return string.IsNullOrEmpty(address) ? null : address;
    }
}
