using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Services;

/// <summary>
/// The filings an identified citizen is to complete, for the watchdog (<see cref="ICitizenDeadlineSource"/>). The records
/// system sends no deadline for the completion, so the date is the day the office asked for it.
/// </summary>
public sealed class FilingsDeadlineSource(CitizenFilings citizenFilings, IFilingsConnector connector) : ICitizenDeadlineSource
{
    public async Task<IReadOnlyList<CitizenDeadline>> ListAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        if (!viewer.IsIdentified)
        {
            return [];
        }
        var personIds = await citizenFilings.PersonIdsAsync(viewer.AccountId, cancellationToken);
        var result = personIds.Count == 0 ? null : await connector.ListAsync(personIds, cancellationToken);
        if (result is not { IsAvailable: true })
        {
            return [];
        }
        return [.. result.Value.Where(f => f.Status == FilingStatus.AwaitingCompletion).Select(f => new CitizenDeadline(
            "filing-" + f.Reference, "Doplnit podání: " + f.Subject, DateOnly.FromDateTime(CzechFormat.ToLocal(f.StatusChangedUtc)),
            "/muj-portal/podani/" + f.Reference, $"Úřad čeká na vaše doplnění (podání {f.Reference})."))];
    }
}
