using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.Audit;
using Pelhrimov.Core.Data;
using Pelhrimov.People.Data;
using Pelhrimov.People.Domain;

namespace Pelhrimov.People.Services;

/// <summary>A person as the back office sends it, already validated (<see cref="PersonInput"/>).</summary>
public sealed record PersonData(string Id, string GivenName, string FamilyName, DateOnly DateOfBirth, string? Street, string? HouseNumber, string? Town, string? PostCode);

public enum UpsertOutcome
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>Creates or updates persons of the register; a person sent again unchanged changes nothing at all.</summary>
public sealed partial class PersonRegister(PeopleDbContext db, CoreDbContext core, IAuditLog audit, PersonLinking linking, TimeProvider clock)
{
    /// <summary>What a back-office person id may look like: <c>OS-000123</c>, at most 50 letters, digits, <c>.</c>, <c>-</c>, <c>_</c>.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$")]
    public static partial Regex IdPattern();

    public Task<Person?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<(UpsertOutcome Outcome, Person Person)> UpsertAsync(PersonData data, string actor, CancellationToken cancellationToken)
    {
        (UpsertOutcome, Person) result;
        try
        {
            result = await StoreAsync(data, actor, cancellationToken);
        }
        catch (DbUpdateException e) when (ConcurrentInsert.IsUniqueViolation(e))
        {
            // Two first PUTs of one id at the same time: the other one inserted it; compare with what it stored.
            db.ChangeTracker.Clear();
            core.ChangeTracker.Clear();
            result = await StoreAsync(data, actor, cancellationToken);
        }
        if (result.Item1 != UpsertOutcome.Unchanged)
        {
            await linking.ReevaluateReviewsForAsync(result.Item2, cancellationToken);
        }
        return result;
    }

    private Task<(UpsertOutcome, Person)> StoreAsync(PersonData data, string actor, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == data.Id, cancellationToken);
            var outcome = person is null ? UpsertOutcome.Created : UpsertOutcome.Updated;
            if (person is null)
            {
                person = new Person { Id = data.Id };
                db.Persons.Add(person);
            }
            else if (Same(person, data))
            {
                return (UpsertOutcome.Unchanged, person);
            }
            person.GivenName = data.GivenName;
            person.FamilyName = data.FamilyName;
            person.DateOfBirth = data.DateOfBirth;
            (person.Street, person.HouseNumber, person.Town, person.PostCode) = (data.Street, data.HouseNumber, data.Town, data.PostCode);
            person.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            MatchKeys.Apply(person);
            audit.Add(outcome == UpsertOutcome.Created ? PeopleAuditActions.PersonCreated : PeopleAuditActions.PersonUpdated,
                PeopleAuditActions.PersonEntity, person.Id,
                outcome == UpsertOutcome.Created ? $"Osoba {person.Id} zapsána z úředního systému." : $"Údaje osoby {person.Id} změněny z úředního systému.",
                actor);
            await db.SaveChangesAsync(cancellationToken);
            await core.SaveChangesAsync(cancellationToken);
            return (outcome, person);
        }, cancellationToken);

    private static bool Same(Person person, PersonData data) =>
        person.GivenName == data.GivenName && person.FamilyName == data.FamilyName && person.DateOfBirth == data.DateOfBirth
        && person.Street == data.Street && person.HouseNumber == data.HouseNumber && person.Town == data.Town && person.PostCode == data.PostCode;
}
