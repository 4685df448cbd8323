using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Services;

/// <summary>
/// What every way of signing a citizen in shares (<c>CitizenSignInController</c> for passwords and the start at NIA,
/// <c>EidConsentController</c> for NIA's answer, consent and linking): the password check, the identity NIA verified,
/// and the start of the session.
/// </summary>
public sealed class CitizenSignIns(
    CitizenAccounts accounts,
    CitizenSessions sessions,
    CitizenAudit audit,
    PasswordCheck<CitizenAccount> passwords,
    IOptions<NiaOptions> nia)
{
    /// <summary>Claim of the short-lived external cookie: a password sign-in waiting for the citizen's consent.</summary>
    public const string PendingAccountClaim = "pending_account";

    /// <summary>
    /// The password check of a sign-in and of linking an eID (<see cref="PasswordCheck{TUser}"/>: an unknown e-mail, an
    /// account without a password and a throttled attempt look and take the same as a wrong password). Returns the
    /// account only when the password passed; every failure is audited as <paramref name="failureAction"/> and metered.
    /// </summary>
    public async Task<CitizenAccount?> CheckPasswordAsync(
        string email, string password, string failureAction, string unknownEmailNote, string wrongPasswordNote,
        CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(email);
        if (await passwords.CheckAsync("citizen:" + email, account, password) == PasswordVerdict.Passed)
        {
            return account;
        }
        var known = account is { HasPassword: true };
        await audit.PasswordFailedAsync(failureAction, known ? account : null, known ? wrongPasswordNote : unknownEmailNote, cancellationToken);
        return null;
    }

    /// <summary>Records the sign-in (audit, meter, <c>CitizenIdentified</c> for eID) and starts the session.</summary>
    public async Task StartSessionAsync(HttpContext http, CitizenAccount account, string method, IdentityLevel? level, bool newAccount)
    {
        await accounts.RecordSignInAsync(account, method, level, newAccount, http.RequestAborted);
        await sessions.SignInAsync(http, account, method, level);
    }

    /// <summary>The identity NIA verified, from the external cookie; null when it lacks what the portal needs.</summary>
    public NiaIdentity? EidIdentity(ClaimsPrincipal? principal)
    {
        if (principal is null)
        {
            return null;
        }
        var level = IdentityLevels.Parse(principal.FindFirst(CitizenAuthentication.LevelClaim)?.Value) ?? nia.Value.MinimumLevel;
        return NiaIdentity.From(principal, level);
    }

    public static Guid? PendingAccountId(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(PendingAccountClaim)?.Value, out var id) ? id : null;
}
