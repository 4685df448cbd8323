using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Citizens.Data;
using Pelhrimov.Citizens.Domain;
using Pelhrimov.Citizens.Nia;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.Core.Security;

namespace Pelhrimov.Citizens.Services;

/// <summary>Finds, creates, links, refreshes and deletes citizen accounts. One person, one account.</summary>
/// <remarks>Each change is stored with its audit entry and its domain event in one transaction (docs/events.md).</remarks>
public sealed class CitizenAccounts(
    CitizensDbContext db,
    CoreDbContext core,
    IDomainEvents events,
    UserManager<CitizenAccount> users,
    ConsentTexts consents,
    CitizenAudit audit,
    TimeProvider clock)
{
    public Task<CitizenAccount?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Users.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<CitizenAccount?> FindByPersonIdentifierAsync(string personIdentifier, CancellationToken cancellationToken = default) =>
        db.Users.FirstOrDefaultAsync(a => a.PersonIdentifier == personIdentifier, cancellationToken);

    public async Task<CitizenAccount?> FindByEmailAsync(string email) =>
        string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());

    /// <summary>Copies what NIA said about the person onto the account: attributes are refreshed at every eID sign-in.</summary>
    public static void Refresh(CitizenAccount account, NiaIdentity identity)
    {
        account.PersonIdentifier = identity.PersonIdentifier;
        account.GivenName = identity.GivenName ?? account.GivenName;
        account.FamilyName = identity.FamilyName ?? account.FamilyName;
        account.DateOfBirth = identity.DateOfBirth ?? account.DateOfBirth;
        account.PlaceOfBirth = identity.PlaceOfBirth ?? account.PlaceOfBirth;
        // An address NIA no longer releases is no longer the town's to keep.
        account.Address = identity.Address;
        account.Level = identity.Level;
    }

    /// <summary>Creates the account of a person signing in with eID for the first time, with their consent.</summary>
    public async Task<CitizenAccount> CreateFromEidAsync(NiaIdentity identity, int consentVersion, CancellationToken cancellationToken)
    {
        var account = new CitizenAccount { CreatedUtc = Now };
        Refresh(account, identity);
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        await InOneTransactionAsync(async () =>
        {
            db.Users.Add(account);
            consents.Grant(account.Id, consentVersion, "eid");
            events.Publish(new CitizenAccountCreated(account.Id, "eid"));
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(CitizenAuditActions.Created, account, $"Účet založen při prvním přihlášení přes eID; souhlas verze {consentVersion}.", cancellationToken);
        }, cancellationToken);
        return account;
    }

    /// <summary>Links an eID to a registered account whose password the person has just confirmed.</summary>
    public async Task LinkAsync(CitizenAccount account, NiaIdentity identity, int consentVersion, CancellationToken cancellationToken)
    {
        Refresh(account, identity);
        await InOneTransactionAsync(async () =>
        {
            consents.Grant(account.Id, consentVersion, "eid");
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(CitizenAuditActions.Linked, account, "Přihlášení přes eID propojeno s účtem registrovaným e-mailem.", cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Records that the account agreed to the current consent version.</summary>
    public async Task GrantConsentAsync(CitizenAccount account, int consentVersion, string context, CancellationToken cancellationToken)
    {
        await InOneTransactionAsync(async () =>
        {
            consents.Grant(account.Id, consentVersion, context);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(CitizenAuditActions.ConsentGiven, account, $"Souhlas se zpracováním osobních údajů, verze {consentVersion}.", cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Stores a successful sign-in: time on the account, a line of statistics without the person, an audit entry.</summary>
    public async Task RecordSignInAsync(CitizenAccount account, string method, IdentityLevel? level, bool newAccount, CancellationToken cancellationToken)
    {
        var now = Now;
        account.LastSignInUtc = now;
        if (method == CitizenAuthentication.EidMethod)
        {
            account.LastEidSignInUtc = now;
        }
        db.SignIns.Add(new CitizenSignInRecord { OccurredUtc = now, Method = method, Level = level, NewAccount = newAccount });
        if (method == CitizenAuthentication.EidMethod && level is { } identified)
        {
            events.Publish(new CitizenIdentified(account.Id, identified.Code(), newAccount));
        }
        await InOneTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.SignedInAsync(account, method, level, cancellationToken);
        }, cancellationToken);
        CitizenAudit.Metered(method, level);
    }

    /// <summary>
    /// Deletes the account and every personal datum it holds. What stays: consent records and audit entries, which name the
    /// account only by its random id and pseudonym, and whatever other modules must keep by law under that id.
    /// </summary>
    public async Task DeleteAsync(CitizenAccount account, CancellationToken cancellationToken)
    {
        var id = account.Id;
        await InOneTransactionAsync(async () =>
        {
            db.Users.Remove(account);
            events.Publish(new CitizenAccountDeleted(id));
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(CitizenAuditActions.Deleted, id, "Účet zrušen na žádost občana; osobní údaje smazány.", cancellationToken);
        }, cancellationToken);
    }

    private Task InOneTransactionAsync(Func<Task> work, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], work, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
