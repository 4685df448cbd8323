using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Observability;

namespace Pelhrimov.Citizens.Services;

/// <summary>Writes every citizen sign-in, failure, link, consent and deletion to the audit log, under the account's pseudonym.</summary>
public sealed class CitizenAudit(IAuditLog audit)
{
    private const string Anonymous = "občan (nepřihlášen)";

    /// <summary>Audits a sign-in; <see cref="Metered"/> counts it once it committed.</summary>
    public Task SignedInAsync(CitizenAccount account, string method, IdentityLevel? level, CancellationToken cancellationToken) =>
        RecordAsync(CitizenAuditActions.SignIn, account,
            method == Core.Security.CitizenAuthentication.EidMethod
                ? $"Přihlášení přes eID, úroveň záruky {level?.CzechName()}."
                : "Přihlášení e-mailem a heslem.",
            cancellationToken);

    /// <summary>Counts a committed sign-in in the <c>portal.sign_ins</c> meter; every citizen sign-in is counted here.</summary>
    public static void Metered(string method, IdentityLevel? level) =>
        PortalMeters.SignIn(MeterMethod(method), level?.ToString().ToLowerInvariant(), success: true);

    public Task EidSignInFailedAsync(NiaFailure failure, string detail, CancellationToken cancellationToken)
    {
        PortalMeters.SignIn("eid", null, success: false);
        return audit.RecordAsync(CitizenAuditActions.EidSignInFailed, CitizenAuditActions.EntityType, null,
            Truncate($"Přihlášení přes eID odmítnuto ({failure.Code()}): {detail}"), Anonymous, cancellationToken);
    }

    /// <summary>
    /// A password that did not pass, at sign-in (<see cref="CitizenAuditActions.SignInFailed"/>) or when linking an eID
    /// (<see cref="CitizenAuditActions.LinkFailed"/>); the e-mail typed is not recorded (it may be anybody's).
    /// </summary>
    public Task PasswordFailedAsync(string action, CitizenAccount? account, string reason, CancellationToken cancellationToken)
    {
        PortalMeters.SignIn(MeterMethod(Core.Security.CitizenAuthentication.PasswordMethod), null, success: false);
        return RecordForAsync(action, account, reason, cancellationToken);
    }

    /// <summary>The citizen would rather not agree to the processing of their data: no session, nothing stored but this.</summary>
    public Task ConsentRefusedAsync(string method, CitizenAccount? account, CancellationToken cancellationToken)
    {
        PortalMeters.SignIn(MeterMethod(method), null, success: false);
        return RecordForAsync(CitizenAuditActions.ConsentRefused, account,
            "Přihlášení nedokončeno: občan nedal souhlas se zpracováním osobních údajů.", cancellationToken);
    }

    /// <summary>Under the account's pseudonym, or anonymously when no account is known.</summary>
    private Task RecordForAsync(string action, CitizenAccount? account, string summary, CancellationToken cancellationToken) =>
        account is null
            ? audit.RecordAsync(action, CitizenAuditActions.EntityType, null, Truncate(summary), Anonymous, cancellationToken)
            : RecordAsync(action, account, summary, cancellationToken);

    private static string MeterMethod(string method) =>
        method == Core.Security.CitizenAuthentication.EidMethod ? "eid" : "citizen-password";

    public Task RecordAsync(string action, CitizenAccount account, string summary, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, CitizenAuditActions.EntityType, account.Id.ToString(), Truncate(summary), account.Pseudonym, cancellationToken);

    public Task RecordAsync(string action, Guid accountId, string summary, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, CitizenAuditActions.EntityType, accountId.ToString(), Truncate(summary), Pseudonyms.For(accountId), cancellationToken);

    private static string Truncate(string value) => value.Length <= 500 ? value : value[..500];
}
