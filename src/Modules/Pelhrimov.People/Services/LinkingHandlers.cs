using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.Core.Events;
using Pelhrimov.Core.Events.Contracts;
using Pelhrimov.People.Data;

namespace Pelhrimov.People.Services;

/// <summary>Every eID sign-in evaluates the account: linked when exactly one person matches, else queued for a clerk.</summary>
public sealed class LinkOnCitizenIdentified(PeopleDbContext db, CoreDbContext core, PersonLinking linking, IVerifiedCitizens citizens)
    : IEventHandler<CitizenIdentified>
{
    public async Task HandleAsync(CitizenIdentified e, EventContext context, CancellationToken cancellationToken)
    {
        var citizen = await citizens.FindAsync(e.AccountId, cancellationToken);
        await SharedTransaction.RunAsync(db, [core], async () =>
        {
            await linking.ApplyAsync(e.AccountId, citizen, cancellationToken);
            await context.CompleteAsync(cancellationToken);
        }, cancellationToken);
    }
}

/// <summary>A deleted citizen account loses its links and its review item.</summary>
public sealed class UnlinkOnCitizenAccountDeleted(PeopleDbContext db, CoreDbContext core, PersonLinking linking)
    : IEventHandler<CitizenAccountDeleted>
{
    public Task HandleAsync(CitizenAccountDeleted e, EventContext context, CancellationToken cancellationToken) =>
        SharedTransaction.RunAsync(db, [core], async () =>
        {
            await linking.RemoveAccountAsync(e.AccountId, cancellationToken);
            await context.CompleteAsync(cancellationToken);
        }, cancellationToken);
}
