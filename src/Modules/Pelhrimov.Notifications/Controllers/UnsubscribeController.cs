using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Notifications.Unsubscribe;

namespace Pelhrimov.Notifications.Controllers;

/// <summary>The unsubscribe page's state: what the link is about (null for a bad link) and whether it is done.</summary>
public sealed record UnsubscribePage(string Token, UnsubscribeSubject? Subject, bool Done);

/// <summary>
/// <c>/odhlasit-odber/{token}</c>, the one-click unsubscribe of RFC 8058, with no sign-in. GET only shows what the link
/// would stop and a button (mail scanners open links; GET never unsubscribes). POST unsubscribes: it is exempt from
/// antiforgery because the mail client posts <c>List-Unsubscribe=One-Click</c> without any page of ours; the signed
/// token is the proof, and a bad or tampered token changes nothing (ADR 0048).
/// </summary>
[Route(UnsubscribeLinks.PathPrefix + "{token}")]
public sealed class UnsubscribeController(Unsubscriber unsubscriber) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Confirm(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var subject = await unsubscriber.DescribeAsync(token, cancellationToken);
        if (subject is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return View("Index", new UnsubscribePage(token, subject, Done: false));
    }

    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Unsubscribe(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var subject = await unsubscriber.DescribeAsync(token, cancellationToken);
        if (subject is null || !await unsubscriber.UnsubscribeAsync(token, cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Index", new UnsubscribePage(token, null, Done: false));
        }
        return View("Index", new UnsubscribePage(token, subject, Done: true));
    }
}
