using Microsoft.EntityFrameworkCore;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Data;
using Pelhrimov.People.Data;

namespace Pelhrimov.People.Services;

/// <summary><see cref="IPersonLinks"/>: one query on the unique (account, person) index, compiled once.</summary>
public sealed class PersonLinks(PeopleDbContext db) : IPersonLinks
{
    private static readonly Func<PeopleDbContext, Guid, IAsyncEnumerable<string>> Query =
        EF.CompileAsyncQuery((PeopleDbContext context, Guid accountId) => context.Links.AsNoTracking()
            .Where(l => l.AccountId == accountId && l.UnlinkedUtc == null)
            .OrderBy(l => l.PersonId)
            .Select(l => l.PersonId));

    public async Task<IReadOnlyList<string>> PersonIdsOfAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var id in Query(db, accountId).WithCancellation(cancellationToken))
        {
            ids.Add(id);
        }
        return ids;
    }

    public async Task<IReadOnlyList<Guid>> AccountIdsOfAsync(string personId, CancellationToken cancellationToken) =>
        await AccountIdsOf.For(db)(db, personId).ToListAsync(cancellationToken);

    // Every event about a person's filing or receivable asks it (ADR 0061).
    private static readonly CompiledQuery<Func<PeopleDbContext, string, IAsyncEnumerable<Guid>>> AccountIdsOf = new(() =>
        EF.CompileAsyncQuery((PeopleDbContext db, string personId) =>
            db.Links.Where(l => l.PersonId == personId && l.UnlinkedUtc == null).OrderBy(l => l.AccountId).Select(l => l.AccountId)));
}
