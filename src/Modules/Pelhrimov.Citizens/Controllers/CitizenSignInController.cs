using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Models;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Citizens.Services;
using Pelhrimov.Core.Observability;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Controllers;

/// <summary>
/// <c>/prihlaseni</c>: the choice between eID and a password, the end of an eID sign-in (consent on the first one, linking to
/// a registered account), the Czech page for every refused sign-in, and the step-up page for pages with personal data.
/// </summary>
[Route("prihlaseni")]
public sealed class CitizenSignInController(
    CitizenAccounts accounts,
    ConsentTexts consents,
    CitizenSessions sessions,
    CitizenAudit audit,
    UserManager<CitizenAccount> users,
    PasswordCheck<CitizenAccount> passwords,
    IOptions<NiaOptions> nia) : Controller
{
    private const string HomeOfSignedIn = "/muj-ucet";
    private const string PendingAccountClaim = "pending_account";

    [HttpGet("")]
    public IActionResult Index(string? returnUrl)
    {
        if (SignedInAccountId is not null && !IsPasswordSessionForStepUp())
        {
            return LocalRedirect(Url.LocalOrNull(returnUrl) ?? HomeOfSignedIn);
        }
        return View(new SignInPage(new PasswordSignInInput(), Url.LocalOrNull(returnUrl), nia.Value.MinimumLevel));
    }

    [HttpPost("")]
    [EnableRateLimiting(Startup.PasswordRateLimit)]
    public async Task<IActionResult> Password([Bind(Prefix = "Input")] PasswordSignInInput input, string? returnUrl)
    {
        returnUrl = Url.LocalOrNull(returnUrl);
        if (!ModelState.IsValid)
        {
            return SignInView(input, returnUrl);
        }
        var cancellationToken = HttpContext.RequestAborted;
        var (check, account) = await CheckPasswordAsync(input.Email!, input.Password!,
            "Neúspěšné přihlášení heslem: neznámý e-mail.",
            failed => audit.PasswordSignInFailedAsync(failed, "Neúspěšné přihlášení heslem: chybné heslo.", cancellationToken),
            cancellationToken);
        if (check != PasswordVerdict.Passed || account is null)
        {
            return WrongPassword(input, returnUrl);
        }
        if (!account.EmailConfirmed)
        {
            ModelState.AddModelError("Input.Email", "Nejdřív potvrďte svou e-mailovou adresu odkazem, který jsme vám poslali při registraci.");
            return SignInView(input, returnUrl);
        }

        if (!await consents.HasCurrentAsync(account.Id, cancellationToken))
        {
            // The consent text changed since the last sign-in: ask first, sign in after.
            var pending = new ClaimsIdentity([new Claim(PendingAccountClaim, account.Id.ToString())], NiaAuthentication.ExternalScheme);
            await HttpContext.SignInAsync(NiaAuthentication.ExternalScheme, new ClaimsPrincipal(pending));
            return RedirectToAction(nameof(Complete), new { returnUrl });
        }
        return await FinishAsync(account, CitizenAuthentication.PasswordMethod, null, newAccount: false, returnUrl);
    }

    /// <summary>Starts an eID sign-in at NIA; it comes back through the handler's callback to <see cref="Complete"/>.</summary>
    [HttpGet("eid")]
    public async Task<IActionResult> Eid(string? returnUrl, [FromServices] IOptionsMonitor<OpenIdConnectOptions> oidc, [FromServices] NiaSettings settings)
    {
        if (!settings.IsUsable)
        {
            return RedirectToAction(nameof(Failure), new { code = NiaFailure.NotConfigured.Code() });
        }
        try
        {
            // Reached here, an unreachable NIA is a Czech page instead of an exception inside the challenge.
            await oidc.Get(NiaAuthentication.Scheme).ConfigurationManager!.GetConfigurationAsync(HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException)
        {
            await audit.EidSignInFailedAsync(NiaFailure.Unavailable, e.Message.Length > 200 ? e.Message[..200] : e.Message, HttpContext.RequestAborted);
            return RedirectToAction(nameof(Failure), new { code = NiaFailure.Unavailable.Code() });
        }
        var completion = Url.Action(nameof(Complete), new { returnUrl = Url.LocalOrNull(returnUrl) })!;
        return Challenge(new AuthenticationProperties { RedirectUri = completion }, NiaAuthentication.Scheme);
    }

    /// <summary>NIA's verified answer (or a password sign-in waiting for consent) becomes a session, after consent when needed.</summary>
    [HttpGet("dokonceni")]
    public async Task<IActionResult> Complete(string? returnUrl)
    {
        returnUrl = Url.LocalOrNull(returnUrl);
        var cancellationToken = HttpContext.RequestAborted;
        var pending = await HttpContext.AuthenticateAsync(NiaAuthentication.ExternalScheme);
        if (!pending.Succeeded)
        {
            return RedirectToAction(nameof(Index), new { returnUrl });
        }

        if (PendingAccountId(pending.Principal) is { } pendingId)
        {
            var waiting = await accounts.FindAsync(pendingId, cancellationToken);
            if (waiting is null)
            {
                await HttpContext.SignOutAsync(NiaAuthentication.ExternalScheme);
                return RedirectToAction(nameof(Index), new { returnUrl });
            }
            return View("Consent", await ConsentPageAsync(ConsentPageKind.ExistingAccount, waiting.GivenName, returnUrl, showLink: false));
        }

        var identity = EidIdentity(pending.Principal);
        if (identity is null)
        {
            await HttpContext.SignOutAsync(NiaAuthentication.ExternalScheme);
            return RedirectToAction(nameof(Failure), new { code = NiaFailure.NoAttributes.Code() });
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
            return RedirectToAction(nameof(Index), new { returnUrl });
        }
        var current = await consents.CurrentAsync(cancellationToken);

        if (PendingAccountId(pending.Principal) is { } pendingId)
        {
            var waiting = await accounts.FindAsync(pendingId, cancellationToken);
            if (waiting is null)
            {
                return RedirectToAction(nameof(Index), new { returnUrl });
            }
            if (!ModelState.IsValid)
            {
                return View("Consent", await ConsentPageAsync(ConsentPageKind.ExistingAccount, waiting.GivenName, returnUrl, showLink: false, input));
            }
            await accounts.GrantConsentAsync(waiting, current.Version, "signin", cancellationToken);
            return await FinishAsync(waiting, CitizenAuthentication.PasswordMethod, null, newAccount: false, returnUrl);
        }

        var identity = EidIdentity(pending.Principal);
        if (identity is null)
        {
            return RedirectToAction(nameof(Failure), new { code = NiaFailure.NoAttributes.Code() });
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
        var identity = pending.Succeeded ? EidIdentity(pending.Principal) : null;
        if (identity is null)
        {
            return RedirectToAction(nameof(Index), new { returnUrl });
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

        var (check, account) = await CheckPasswordAsync(input.Email!, input.Password!,
            "Propojení s eID odmítnuto: neznámý e-mail.",
            failed => audit.RecordAsync(CitizenAuditActions.LinkFailed, failed, "Propojení s eID odmítnuto: chybné heslo.", cancellationToken),
            cancellationToken);
        if (check != PasswordVerdict.Passed || account is null)
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
            PortalMeters.SignIn("eid", null, success: false);
            await audit.PasswordSignInFailedAsync(null, "Přihlášení nedokončeno: občan nedal souhlas se zpracováním osobních údajů.", HttpContext.RequestAborted);
        }
        await HttpContext.SignOutAsync(NiaAuthentication.ExternalScheme);
        return View("Refused");
    }

    [HttpGet("chyba/{code}")]
    public IActionResult Failure(string code)
    {
        var failure = NiaFailures.FromCode(code) ?? NiaFailure.Other;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return View("Failure", failure);
    }

    /// <summary>Where a page with personal data sends a session that is not an eID one at the required level.</summary>
    [HttpGet("overeni")]
    public IActionResult StepUp(string? returnUrl) => View("StepUp", new SignInPage(new PasswordSignInInput(), Url.LocalOrNull(returnUrl), nia.Value.MinimumLevel));

    private async Task<IActionResult> FinishAsync(CitizenAccount account, string method, IdentityLevel? level, bool newAccount, string? returnUrl)
    {
        await accounts.RecordSignInAsync(account, method, level, newAccount, HttpContext.RequestAborted);
        await sessions.SignInAsync(HttpContext, account, method, level);
        return LocalRedirect(returnUrl ?? HomeOfSignedIn);
    }

    private async Task<ConsentPage> ConsentPageAsync(ConsentPageKind kind, string? givenName, string? returnUrl, bool showLink, ConsentInput? input = null, LinkInput? link = null) =>
        new(await consents.CurrentAsync(HttpContext.RequestAborted), kind, givenName, returnUrl, input ?? new ConsentInput(), link ?? new LinkInput(), showLink);

    private async Task<IActionResult> LinkViewAsync(NiaIdentity identity, LinkInput input, string? returnUrl) =>
        View("Consent", await ConsentPageAsync(ConsentPageKind.NewEidAccount, identity.GivenName, returnUrl, showLink: true,
            new ConsentInput { Agree = input.Agree }, new LinkInput { Email = input.Email, Agree = input.Agree }));

    private ViewResult SignInView(PasswordSignInInput input, string? returnUrl) =>
        View("Index", new SignInPage(new PasswordSignInInput { Email = input.Email }, returnUrl, nia.Value.MinimumLevel));

    /// <summary>
    /// The password check of a sign-in and of linking an eID (<see cref="PasswordCheck{TUser}"/>: an unknown e-mail, an
    /// account without a password and a throttled attempt look and take the same as a wrong password; the account is
    /// returned only when the password passed). Every failure is audited, which every path does alike.
    /// </summary>
    private async Task<(PasswordVerdict Check, CitizenAccount? Account)> CheckPasswordAsync(
        string email, string password, string unknownEmailNote, Func<CitizenAccount, Task> recordWrongPassword,
        CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(email);
        var verdict = await passwords.CheckAsync("citizen:" + email, account, password);
        if (verdict == PasswordVerdict.Passed)
        {
            return (verdict, account);
        }
        PortalMeters.SignIn("citizen-password", null, success: false);
        if (account is null || !account.HasPassword)
        {
            await audit.PasswordSignInFailedAsync(null, unknownEmailNote, cancellationToken);
        }
        else
        {
            await recordWrongPassword(account);
        }
        return (verdict, null);
    }

    private ViewResult WrongPassword(PasswordSignInInput input, string? returnUrl)
    {
        ModelState.AddModelError("Input.Password", PasswordRules.FailedSignInMessage);
        return SignInView(input, returnUrl);
    }

    private NiaIdentity? EidIdentity(ClaimsPrincipal? principal)
    {
        if (principal is null)
        {
            return null;
        }
        var level = IdentityLevels.Parse(principal.FindFirst(CitizenAuthentication.LevelClaim)?.Value) ?? nia.Value.MinimumLevel;
        return NiaIdentity.From(principal, level);
    }

    private static Guid? PendingAccountId(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(PendingAccountClaim)?.Value, out var id) ? id : null;

    private Guid? SignedInAccountId => CitizenSessions.AccountId(User);

    /// <summary>A password session may come here to sign in with eID on top of it.</summary>
    private bool IsPasswordSessionForStepUp() => CitizenSessions.Method(User) == CitizenAuthentication.PasswordMethod;
}
