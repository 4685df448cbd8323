using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;

namespace Pelhrimov.People.Services;

/// <summary>What an evaluation of an account did.</summary>
public enum LinkOutcome
{
    /// <summary>No account, or an account never identified with eID: nothing to link.</summary>
    NotIdentified,

    /// <summary>The account already has a link; automatic linking never adds a second one.</summary>
    AlreadyLinked,

    /// <summary>The attributes matched exactly one person: linked.</summary>
    Linked,

    /// <summary>Zero or several matches: an item waits in the clerk's review queue.</summary>
    InReview,
}

/// <summary>
/// The linking policy (ADR 0025): an account is linked automatically only when its verified attributes match exactly one
/// person under <c>People:LinkPolicy</c> and a clerk has not unlinked that pair before; otherwise a clerk decides. Every
/// link and unlink is stored with its audit entry and domain event in one transaction.
/// </summary>
public sealed class PersonLinking(
    PeopleDbContext db,
    CoreDbContext core,
    IDomainEvents events,
    IAuditLog audit,
    IVerifiedCitizens citizens,
    IOptions<PeopleOptions> options,
    TimeProvider clock)
{
    /// <summary>How many candidates a review item keeps (a clerk compares them by eye).</summary>
    public const int MaxCandidates = 20;

    public const string AutomaticActor = "automatické propojení";

    public LinkPolicy Policy => options.Value.LinkPolicy;

    /// <summary>Reads the account's attributes, then links or queues it (in its own transaction unless one is running).</summary>
    public async Task<LinkOutcome> EvaluateAsync(Guid accountId, CancellationToken cancellationToken)
    {
        // Read before any transaction: the citizens' context shares the connection but not this module's transaction.
        var citizen = await citizens.FindAsync(accountId, cancellationToken);
        return await ApplyAsync(accountId, citizen, cancellationToken);
    }

    /// <summary>The decision for attributes already read (<see cref="EvaluateAsync"/>); null: the account is gone.</summary>
    public Task<LinkOutcome> ApplyAsync(Guid accountId, VerifiedCitizen? citizen, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var review = await db.Reviews.FirstOrDefaultAsync(r => r.AccountId == accountId, cancellationToken);
            if (citizen?.Level is null)
            {
                if (review is not null && citizen is null)
                {
                    db.Reviews.Remove(review);
                    await db.SaveChangesAsync(cancellationToken);
                }
                return LinkOutcome.NotIdentified;
            }
            var links = await db.Links.Where(l => l.AccountId == accountId).ToListAsync(cancellationToken);
            if (links.Any(l => l.IsActive))
            {
                if (review is not null)
                {
                    db.Reviews.Remove(review);
                    await db.SaveChangesAsync(cancellationToken);
                }
                return LinkOutcome.AlreadyLinked;
            }

            var (nameKey, addressKey) = MatchKeys.Of(citizen);
            var key = MatchKeys.For(Policy, nameKey, addressKey);
            var matches = key is null ? [] : await MatchesAsync(key, cancellationToken);
            var rejected = links.Select(l => l.PersonId).ToHashSet(StringComparer.Ordinal);
            if (matches.Count == 1 && !rejected.Contains(matches[0]))
            {
                await LinkAsync(accountId, matches[0], LinkMethod.Automatic, AutomaticActor, review, cancellationToken);
                return LinkOutcome.Linked;
            }

            var candidates = string.Join(',', matches.Where(m => !rejected.Contains(m)).Take(MaxCandidates));
            var reason = matches.Count > 1 ? ReviewReason.SeveralMatches : ReviewReason.NoMatch;
            var now = Now;
            if (review is null)
            {
                db.Reviews.Add(new LinkReview
                {
                    AccountId = accountId, Reason = reason, CandidateIds = candidates,
                    NameKey = nameKey, AddressKey = addressKey, CreatedUtc = now, UpdatedUtc = now,
                });
                audit.Add(PeopleAuditActions.ReviewOpened, PeopleAuditActions.PersonEntity, null,
                    $"Účet {AccountPseudonym(accountId)} nelze propojit automaticky: {ReasonText(reason, matches.Count)} Čeká na úředníka.",
                    AutomaticActor);
            }
            else if (review.Reason != reason || review.CandidateIds != candidates || review.NameKey != nameKey || review.AddressKey != addressKey)
            {
                (review.Reason, review.CandidateIds, review.NameKey, review.AddressKey, review.UpdatedUtc) = (reason, candidates, nameKey, addressKey, now);
            }
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
            return LinkOutcome.InReview;
        }, cancellationToken);

    /// <summary>Re-evaluates the review items a new or changed person may resolve (same keys, or the person among the candidates).</summary>
    public async Task ReevaluateReviewsForAsync(Person person, CancellationToken cancellationToken)
    {
        var id = person.Id;
        var accounts = await db.Reviews.AsNoTracking()
            .Where(r => r.NameKey == person.NameKey
                || (person.AddressKey != null && r.AddressKey == person.AddressKey)
                || r.CandidateIds.Contains(id))
            .Select(r => r.AccountId)
            .ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            await EvaluateAsync(account, cancellationToken);
        }
    }

    /// <summary>A clerk links the account of an open review item to a person; false when the item or the person is gone.</summary>
    public Task<bool> LinkByClerkAsync(Guid accountId, string personId, string clerk, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var review = await db.Reviews.FirstOrDefaultAsync(r => r.AccountId == accountId, cancellationToken);
            if (review is null || !await db.Persons.AnyAsync(p => p.Id == personId, cancellationToken))
            {
                return false;
            }
            await LinkAsync(accountId, personId, LinkMethod.Clerk, clerk, review, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>A clerk removes a link; false when it is not an active link. The pair is never linked automatically again.</summary>
    public Task<bool> UnlinkByClerkAsync(Guid linkId, string clerk, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var link = await db.Links.FirstOrDefaultAsync(l => l.Id == linkId && l.UnlinkedUtc == null, cancellationToken);
            if (link is null)
            {
                return false;
            }
            link.UnlinkedUtc = Now;
            link.UnlinkedBy = clerk;
            events.Publish(new PersonUnlinked(link.AccountId, link.PersonId, "clerk"));
            audit.Add(PeopleAuditActions.Unlinked, PeopleAuditActions.PersonEntity, link.PersonId,
                $"Účet {AccountPseudonym(link.AccountId)} odpojen od osoby {link.PersonId} úředníkem.", clerk);
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>The citizen deleted the account: its links and its review item go (within the caller's transaction, if any).</summary>
    public Task RemoveAccountAsync(Guid accountId, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var links = await db.Links.Where(l => l.AccountId == accountId).ToListAsync(cancellationToken);
            foreach (var link in links.Where(l => l.IsActive))
            {
                events.Publish(new PersonUnlinked(accountId, link.PersonId, "account-deleted"));
                audit.Add(PeopleAuditActions.Unlinked, PeopleAuditActions.PersonEntity, link.PersonId,
                    $"Účet {AccountPseudonym(accountId)} odpojen od osoby {link.PersonId}: občan účet zrušil.", AutomaticActor);
            }
            db.Links.RemoveRange(links);
            db.Reviews.RemoveRange(await db.Reviews.Where(r => r.AccountId == accountId).ToListAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Ids of the persons whose key (under the policy) equals <paramref name="key"/>, in ordinal order.</summary>
    public async Task<List<string>> MatchesAsync(string key, CancellationToken cancellationToken)
    {
        var query = Policy == LinkPolicy.NameBirthDateAndAddress
            ? db.Persons.Where(p => p.AddressKey == key)
            : db.Persons.Where(p => p.NameKey == key);
        var ids = await query.OrderBy(p => p.Id).Select(p => p.Id).Take(MaxCandidates + 1).ToListAsync(cancellationToken);
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>The name under which a citizen account appears in the audit log, as the Citizens module writes it.</summary>
    public static string AccountPseudonym(Guid accountId) => "občan " + accountId.ToString("N")[..12];

    private async Task LinkAsync(Guid accountId, string personId, LinkMethod method, string actor, LinkReview? review, CancellationToken cancellationToken)
    {
        var link = await db.Links.FirstOrDefaultAsync(l => l.AccountId == accountId && l.PersonId == personId, cancellationToken);
        if (link is null)
        {
            link = new PersonLink { AccountId = accountId, PersonId = personId };
            db.Links.Add(link);
        }
        (link.Method, link.LinkedUtc, link.LinkedBy, link.UnlinkedUtc, link.UnlinkedBy) = (method, Now, actor, null, null);
        if (review is not null)
        {
            db.Reviews.Remove(review);
        }
        var how = method == LinkMethod.Automatic
            ? Policy == LinkPolicy.NameBirthDateAndAddress
                ? "automaticky: shoda jména, příjmení, data narození a adresy s jedinou osobou."
                : "automaticky: shoda jména, příjmení a data narození s jedinou osobou."
            : "úředníkem.";
        events.Publish(new PersonLinked(accountId, personId, method == LinkMethod.Automatic ? "automatic" : "clerk"));
        audit.Add(PeopleAuditActions.Linked, PeopleAuditActions.PersonEntity, personId,
            $"Účet {AccountPseudonym(accountId)} propojen s osobou {personId} {how}", actor);
        await db.SaveChangesAsync(cancellationToken);
        await core.SaveChangesAsync(cancellationToken);
    }

    private static string ReasonText(ReviewReason reason, int count) => reason == ReviewReason.SeveralMatches
        ? $"ověřeným údajům odpovídá více osob ({count})."
        : "ověřeným údajům neodpovídá žádná osoba.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
