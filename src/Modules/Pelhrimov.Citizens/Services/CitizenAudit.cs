using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Observability;

namespace Pelhrimov.Citizens.Services;

/// <summary>Writes every citizen sign-in, failure, link, consent and deletion to the audit log, under the account's pseudonym.</summary>
public sealed class CitizenAudit(IAuditLog audit)
{
    private const string Anonymous = "občan (nepřihlášen)";

    public Task SignedInAsync(CitizenAccount account, string method, IdentityLevel? level, CancellationToken cancellationToken) =>
        RecordAsync(CitizenAuditActions.SignIn, account,
            method == Core.Security.CitizenAuthentication.EidMethod
                ? $"Přihlášení přes eID, úroveň záruky {level?.CzechName()}."
                : "Přihlášení e-mailem a heslem.",
            cancellationToken);

    public Task EidSignInFailedAsync(NiaFailure failure, string detail, CancellationToken cancellationToken)
    {
        PortalMeters.SignIn("eid", null, success: false);
        return audit.RecordAsync(CitizenAuditActions.EidSignInFailed, CitizenAuditActions.EntityType, null,
            Truncate($"Přihlášení přes eID odmítnuto ({failure.Code()}): {detail}"), Anonymous, cancellationToken);
    }

    /// <summary>A wrong e-mail or password; the e-mail typed is not recorded (it may be anybody's).</summary>
    public Task PasswordSignInFailedAsync(CitizenAccount? account, string reason, CancellationToken cancellationToken) =>
        account is null
            ? audit.RecordAsync(CitizenAuditActions.SignInFailed, CitizenAuditActions.EntityType, null, reason, Anonymous, cancellationToken)
            : RecordAsync(CitizenAuditActions.SignInFailed, account, reason, cancellationToken);

    public Task RecordAsync(string action, CitizenAccount account, string summary, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, CitizenAuditActions.EntityType, account.Id.ToString(), Truncate(summary), account.Pseudonym, cancellationToken);

    public Task RecordAsync(string action, Guid accountId, string summary, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, CitizenAuditActions.EntityType, accountId.ToString(), Truncate(summary), Pseudonyms.For(accountId), cancellationToken);

    private static string Truncate(string value) => value.Length <= 500 ? value : value[..500];
}
