using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Security;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// The receivables a citizen may see: those of the back-office persons linked to the account (<see cref="IPersonLinks"/>,
/// People module), read through the connector. Nothing else ever reaches a citizen page.
/// </summary>
public sealed class CitizenReceivables(IServiceProvider services, IReceivablesConnector connector, IAuthorizationService authorization, TimeProvider clock)
{
    public DateOnly Today => CzechFormat.Today(clock);

    /// <summary>Signed in with eID at the town's level in this session (the Citizens module's policy decides).</summary>
    public async Task<bool> IsIdentifiedAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, CitizenAuthentication.IdentifiedPolicy)).Succeeded;

    public static Guid? AccountId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(CitizenAuthentication.AccountIdClaim)?.Value, out var id) ? id : null;

    /// <summary>The person ids linked to the account; none without the People module (nobody can be linked then).</summary>
    public async Task<IReadOnlyList<string>> PersonIdsAsync(Guid accountId, CancellationToken cancellationToken) =>
        services.GetService<IPersonLinks>() is { } links ? await links.PersonIdsOfAsync(accountId, cancellationToken) : [];

    /// <summary>The account's receivables, live or the last good answer (<see cref="ConnectorResult{T}.IsStale"/>).</summary>
    public async Task<ConnectorResult<IReadOnlyList<ReceivableSummary>>> ListAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var persons = await PersonIdsAsync(accountId, cancellationToken);
        return persons.Count == 0
            ? ConnectorResult.Live<IReadOnlyList<ReceivableSummary>>([], clock.GetUtcNow().UtcDateTime)
            : await connector.ListAsync(persons, cancellationToken);
    }

    public async Task<ConnectorResult<ReceivableDetail?>> FindAsync(Guid accountId, string receivableId, CancellationToken cancellationToken)
    {
        var persons = await PersonIdsAsync(accountId, cancellationToken);
        return persons.Count == 0
            ? ConnectorResult.Live<ReceivableDetail?>(null, clock.GetUtcNow().UtcDateTime)
            : await connector.FindAsync(persons, receivableId, cancellationToken);
    }
}
