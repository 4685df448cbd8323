using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Controllers;

/// <summary><c>/odhlaseni</c>: ends the citizen session, and after an eID sign-in also the session at NIA.</summary>
[Route("odhlaseni")]
public sealed class CitizenSignOutController(CitizenAudit audit, CitizenSessions sessions, NiaSignOut nia) : Controller
{
    private const string DonePath = "/odhlaseni/hotovo";

    [HttpGet("")]
    public IActionResult Index() =>
        CitizenSessions.AccountId(User) is null ? Redirect(DonePath) : View();

    [HttpPost("")]
    public async Task<IActionResult> SignOutPost()
    {
        var id = CitizenSessions.AccountId(User);
        var method = CitizenSessions.Method(User);
        await sessions.SignOutAsync(HttpContext);
        if (id is null)
        {
            return Redirect(DonePath);
        }
        await audit.RecordAsync(CitizenAuditActions.SignOut, id.Value, "Odhlášení.", HttpContext.RequestAborted);
        if (method == CitizenAuthentication.EidMethod)
        {
            // Front-channel logout at NIA (client_id, no id_token_hint); NIA returns to the signed-out callback, then here.
            // A page that navigates there, not a redirect: CSP form-action would stop a redirect to NIA's origin (ADR 0015).
            var endSession = await nia.EndSessionAddressAsync(HttpContext, DonePath);
            return endSession is null ? Redirect(DonePath) : View("AtNia", endSession);
        }
        return Redirect(DonePath);
    }

    [HttpGet("hotovo")]
    public IActionResult Done() => View();
}
