using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Models;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Controllers;

/// <summary>
/// The end of a citizen's sign-in at <c>/prihlaseni/…</c>: NIA's verified answer (or a password sign-in waiting for a
/// changed consent) becomes a session after consent when needed; a first eID sign-in may link a registered account;
/// a refusal stores nothing.
/// </summary>
[Route("prihlaseni")]
public sealed class EidConsentController(
    CitizenSignIns signIns,
    CitizenAccounts accounts,
    ConsentTexts consents,
    CitizenAudit audit,
    UserManager<CitizenAccount> users) : Controller
{
    public const string Name = "EidConsent";
    private const string SignInName = "CitizenSignIn";

    /// <summary>NIA's verified answer (or a password sign-in waiting for consent) becomes a session, after consent when needed.</summary>
    [HttpGet("dokonceni")]
    public async Task<IActionResult> Complete(string? returnUrl)
    {
        returnUrl = Url.LocalOrNull(returnUrl);
        var cancellationToken = HttpContext.RequestAborted;
        var pending = await HttpContext.AuthenticateAsync(NiaAuthentication.ExternalScheme);
        if (!pending.Succeeded)
        {
            return RedirectToAction(nameof(CitizenSignInController.Index), SignInName, new { returnUrl });
        }

        if (CitizenSignIns.PendingAccountId(pending.Principal) is { } pendingId)
        {
            var waiting = await accounts.FindAsync(pendingId, cancellationToken);
            if (waiting is null)
            {
                await HttpContext.SignOutAsync(NiaAuthentication.ExternalScheme);
                return RedirectToAction(nameof(CitizenSignInController.Index), SignInName, new { returnUrl });
            }
            return View("Consent", await ConsentPageAsync(ConsentPageKind.ExistingAccount, waiting.GivenName, returnUrl, showLink: false));
        }

        var identity = signIns.EidIdentity(pending.Principal);
        if (identity is null)
        {
            await HttpContext.SignOutAsync(NiaAuthentication.ExternalScheme);
            return RedirectToAction(nameof(CitizenSignInController.Failure), SignInName, new { code = NiaFailure.NoAttributes.Code() });
        }
        var account = await accounts.FindByPersonIdentifierAsync(identity.PersonIdentifier, cancellationToken);
        if (account is null)
        {
            return View("Consent", await ConsentPageAsync(ConsentPageKind.NewEidAccount, identity.GivenName, returnUrl, showLink: true));
        }
        CitizenAccounts.Refresh(account, identity);
        if (!await consents.HasCurrentAsync(account.Id, cancellationToken))
        {
            await users.UpdateAsync(account);
            return View("Consent", await ConsentPageAsync(ConsentPageKind.ExistingAccount, identity.GivenName, returnUrl, showLink: false));
        }
        return await FinishAsync(account, CitizenAuthentication.EidMethod, identity.Level, newAccount: false, returnUrl);
    }

    [HttpPost("souhlas")]
    public async Task<IActionResult> Consent([Bind(Prefix = "Input")] ConsentInput input, string? returnUrl)
    {
        returnUrl = Url.LocalOrNull(returnUrl);
        var cancellationToken = HttpContext.RequestAborted;
        var pending = await HttpContext.AuthenticateAsync(NiaAuthentication.ExternalScheme);
        if (!pending.Succeeded)
        {
            return RedirectToAction(nameof(CitizenSignInController.Index), SignInName, new { returnUrl });
        }
        var current = await consents.CurrentAsync(cancellationToken);

        if (CitizenSignIns.PendingAccountId(pending.Principal) is { } pendingId)
        {
            var waiting = await accounts.FindAsync(pendingId, cancellationToken);
            if (waiting is null)
            {
                return RedirectToAction(nameof(CitizenSignInController.Index), SignInName, new { returnUrl });
            }
            if (!ModelState.IsValid)
            {
                return View("Consent", await ConsentPageAsync(ConsentPageKind.ExistingAccount, waiting.GivenName, returnUrl, showLink: false, input));
            }
            await accounts.GrantConsentAsync(waiting, current.Version, "signin", cancellationToken);
            return await FinishAsync(waiting, CitizenAuthentication.PasswordMethod, null, newAccount: false, returnUrl);
        }

        var identity = signIns.EidIdentity(pending.Principal);
        if (identity is null)
        {
            return RedirectToAction(nameof(CitizenSignInController.Failure), SignInName, new { code = NiaFailure.NoAttributes.Code() });
        }
        var account = await accounts.FindByPersonIdentifierAsync(identity.PersonIdentifier, cancellationToken);
        if (!ModelState.IsValid)
        {
            var kind = account is null ? ConsentPageKind.NewEidAccount : ConsentPageKind.ExistingAccount;
            return View("Consent", await ConsentPageAsync(kind, identity.GivenName, returnUrl, showLink: account is null, input));
        }
        if (account is null)
        {
            account = await accounts.CreateFromEidAsync(identity, current.Version, cancellationToken);
            return await FinishAsync(account, CitizenAuthentication.EidMethod, identity.Level, newAccount: true, returnUrl);
        }
        CitizenAccounts.Refresh(account, identity);
        await accounts.GrantConsentAsync(account, current.Version, "eid", cancellationToken);
        return await FinishAsync(account, CitizenAuthentication.EidMethod, identity.Level, newAccount: false, returnUrl);
    }

    /// <summary>First eID sign-in of a person who already has a registered account: after its password, the two become one.</summary>
    [HttpPost("propojit")]
    [EnableRateLimiting(Startup.PasswordRateLimit)]
    public async Task<IActionResult> Link([Bind(Prefix = "Link")] LinkInput input, string? returnUrl)
    {
        returnUrl = Url.LocalOrNull(returnUrl);
        var cancellationToken = HttpContext.RequestAborted;
        var pending = await HttpContext.AuthenticateAsync(NiaAuthentication.ExternalScheme);
        var identity = pending.Succeeded ? signIns.EidIdentity(pending.Principal) : null;
        if (identity is null)
        {
            return RedirectToAction(nameof(CitizenSignInController.Index), SignInName, new { returnUrl });
        }
        if (await accounts.FindByPersonIdentifierAsync(identity.PersonIdentifier, cancellationToken) is not null)
        {
            // Linked meanwhile (another tab): simply finish the ordinary way.
            return RedirectToAction(nameof(Complete), new { returnUrl });
        }
        if (!ModelState.IsValid)
        {
            return await LinkViewAsync(identity, input, returnUrl);
        }

        var account = await signIns.CheckPasswordAsync(input.Email!, input.Password!, CitizenAuditActions.LinkFailed,
            "Propojení s eID odmítnuto: neznámý e-mail.", "Propojení s eID odmítnuto: chybné heslo.", cancellationToken);
        if (account is null)
        {
            ModelState.AddModelError("Link.Password", PasswordRules.FailedSignInMessage);
            return await LinkViewAsync(identity, input, returnUrl);
        }
        if (account.PersonIdentifier is not null)
        {
            await audit.RecordAsync(CitizenAuditActions.LinkFailed, account, "Propojení s eID odmítnuto: účet už je propojen s jinou identitou.", cancellationToken);
            ModelState.AddModelError("Link.Email", "Tento účet je už propojen s jiným přihlášením přes eID.");
            return await LinkViewAsync(identity, input, returnUrl);
        }
        var current = await consents.CurrentAsync(cancellationToken);
        await accounts.LinkAsync(account, identity, current.Version, cancellationToken);
        return await FinishAsync(account, CitizenAuthentication.EidMethod, identity.Level, newAccount: false, returnUrl);
    }

    /// <summary>The person would rather not agree: nothing is stored and no session starts.</summary>
    [HttpPost("odmitnout")]
    public async Task<IActionResult> Refuse()
    {
        var pending = await HttpContext.AuthenticateAsync(NiaAuthentication.ExternalScheme);
        if (pending.Succeeded)
        {
            // A password sign-in waiting for a changed consent names its account; an eID one names none.
            var waiting = CitizenSignIns.PendingAccountId(pending.Principal) is { } id ? await accounts.FindAsync(id, HttpContext.RequestAborted) : null;
            var method = waiting is null ? CitizenAuthentication.EidMethod : CitizenAuthentication.PasswordMethod;
            await audit.ConsentRefusedAsync(method, waiting, HttpContext.RequestAborted);
        }
        await HttpContext.SignOutAsync(NiaAuthentication.ExternalScheme);
        return View("Refused");
    }

    private async Task<IActionResult> FinishAsync(CitizenAccount account, string method, IdentityLevel? level, bool newAccount, string? returnUrl)
    {
        await signIns.StartSessionAsync(HttpContext, account, method, level, newAccount);
        return LocalRedirect(returnUrl ?? CitizenSignInController.HomeOfSignedIn);
    }

    private async Task<ConsentPage> ConsentPageAsync(ConsentPageKind kind, string? givenName, string? returnUrl, bool showLink, ConsentInput? input = null, LinkInput? link = null) =>
        new(await consents.CurrentAsync(HttpContext.RequestAborted), kind, givenName, returnUrl, input ?? new ConsentInput(), link ?? new LinkInput(), showLink);

    private async Task<IActionResult> LinkViewAsync(NiaIdentity identity, LinkInput input, string? returnUrl) =>
        View("Consent", await ConsentPageAsync(ConsentPageKind.NewEidAccount, identity.GivenName, returnUrl, showLink: true,
            new ConsentInput { Agree = input.Agree }, new LinkInput { Email = input.Email, Agree = input.Agree }));
}
