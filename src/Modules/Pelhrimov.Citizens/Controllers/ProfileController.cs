using Pelhrimov.Core.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Models;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Controllers;

/// <summary><c>/muj-ucet</c>: what the town holds about the signed-in citizen, and deleting the account.</summary>
/// <remarks>An account with eID data shows it only to an eID session at the required level; a password session steps up first.</remarks>
[Route("muj-ucet")]
[Authorize(Policy = CitizenAuthentication.SignedInPolicy)]
public sealed class ProfileController(CitizenAccounts accounts, ConsentTexts consents, IOptions<NiaOptions> nia) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var account = await accounts.FindAsync(CitizenSessions.AccountId(User)!.Value, cancellationToken);
        if (account is null)
        {
            await HttpContext.SignOutAsync(CitizenAuthentication.Scheme);
            return Redirect(Startup.LoginPath);
        }
        if (account.HasEid && !Startup.IsIdentified(User, nia.Value.MinimumLevel))
        {
            return Redirect(Startup.StepUpPath + "?returnUrl=" + Uri.EscapeDataString("/muj-ucet"));
        }
        Response.SetNeverCached();
        return View(new ProfilePage(account, CitizenSessions.Method(User) ?? "", CitizenSessions.Level(User),
            await consents.LatestAsync(account.Id, cancellationToken), await consents.CurrentAsync(cancellationToken)));
    }

    [HttpGet("zrusit")]
    public IActionResult Delete() => View(new DeleteAccountInput());

    [HttpPost("zrusit")]
    public async Task<IActionResult> DeletePost([Bind(Prefix = "")] DeleteAccountInput input)
    {
        if (!ModelState.IsValid)
        {
            return View("Delete", input);
        }
        var account = await accounts.FindAsync(CitizenSessions.AccountId(User)!.Value, HttpContext.RequestAborted);
        if (account is not null)
        {
            await accounts.DeleteAsync(account, HttpContext.RequestAborted);
        }
        await HttpContext.SignOutAsync(CitizenAuthentication.Scheme);
        return RedirectToAction(nameof(Deleted));
    }

    [HttpGet("zruseno")]
    [AllowAnonymous]
    public IActionResult Deleted() => View();
}
