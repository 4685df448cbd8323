using Microsoft.AspNetCore.Identity;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Observability;
using Pelhrimov.Core.Security;
using Pelhrimov.Identity.Data;
using Pelhrimov.Identity.Domain;

namespace Pelhrimov.Identity.Services;

/// <summary>Records the outcome of every staff sign-in attempt in the audit log, and the time of the last success.</summary>
public sealed class SignInEvents(
    UserManager<StaffUser> users, IAuditLog audit, IDomainEvents events, IdentityDataContext db, CoreDbContext core, TimeProvider clock)
{
    /// <summary>The time on the account, the audit entry and the <see cref="StaffSignedIn"/> event, in one transaction.</summary>
    public async Task SucceededAsync(StaffUser user, string how, CancellationToken cancellationToken = default)
    {
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            user.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            events.Publish(new StaffSignedIn(user.Id, how));
            await audit.RecordAsync(StaffAuditActions.SignIn, StaffAuditActions.EntityType, user.Id.ToString(),
                $"Přihlášení ({how}).", user.Email, cancellationToken);
        }, cancellationToken);
        PortalMeters.SignIn(how == "heslo" ? "staff-password" : "staff-two-factor", null, success: true);
    }

    /// <summary>A wrong e-mail or password, or an attempt refused unchecked while the address is throttled;
    /// <paramref name="email"/> is what was typed, the account may not exist.</summary>
    public Task FailedAsync(string email, StaffUser? user, PasswordVerdict verdict, CancellationToken cancellationToken = default)
    {
        PortalMeters.SignIn("staff-password", null, success: false);
        return audit.RecordAsync(StaffAuditActions.SignInFailed, StaffAuditActions.EntityType, user?.Id.ToString(),
            verdict == PasswordVerdict.Throttled ? "Neúspěšné přihlášení: příliš mnoho pokusů, heslo neověřeno."
            : user is null ? "Neúspěšné přihlášení: neznámý e-mail." : "Neúspěšné přihlášení: chybné heslo.",
            Truncate(email), cancellationToken);
    }

    public Task LockedOutAsync(StaffUser user, CancellationToken cancellationToken = default)
    {
        PortalMeters.SignIn("staff-password", null, success: false);
        return audit.RecordAsync(StaffAuditActions.LockedOut, StaffAuditActions.EntityType, user.Id.ToString(),
            "Přihlášení odmítnuto: účet je zablokován.", user.Email, cancellationToken);
    }

    public Task TwoFactorFailedAsync(StaffUser user, string what, CancellationToken cancellationToken = default)
    {
        PortalMeters.SignIn("staff-two-factor", null, success: false);
        return audit.RecordAsync(StaffAuditActions.TwoFactorFailed, StaffAuditActions.EntityType, user.Id.ToString(),
            $"Neúspěšné ověření ve dvou krocích ({what}).", user.Email, cancellationToken);
    }

    public async Task RecoveryCodeUsedAsync(StaffUser user, CancellationToken cancellationToken = default) =>
        await audit.RecordAsync(StaffAuditActions.RecoveryCodeUsed, StaffAuditActions.EntityType, user.Id.ToString(),
            $"Použit záložní kód; zbývá {await users.CountRecoveryCodesAsync(user)}.", user.Email, cancellationToken);

    public Task SignedOutAsync(string? email, CancellationToken cancellationToken = default) =>
        audit.RecordAsync(StaffAuditActions.SignOut, StaffAuditActions.EntityType, null, "Odhlášení.", email, cancellationToken);

    // The audit log's actor column holds 256 characters; whatever someone typed must fit.
    private static string Truncate(string value) => value.Length <= 200 ? value : value[..200];
}
