using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>The due dates of an identified citizen's outstanding receivables, for the watchdog (<see cref="ICitizenDeadlineSource"/>).</summary>
public sealed class ReceivablesDeadlineSource(CitizenReceivables receivables) : ICitizenDeadlineSource
{
    public async Task<IReadOnlyList<CitizenDeadline>> ListAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        if (!viewer.IsIdentified)
        {
            return [];
        }
        var result = await receivables.ListAsync(viewer.AccountId, cancellationToken);
        if (!result.IsAvailable)
        {
            return [];
        }
        var today = receivables.Today;
        return [.. result.Value.Where(r => r.StatusOn(today).IsOutstanding()).Select(r => new CitizenDeadline(
            "receivable-" + r.Id, $"Splatnost: {r.Kind} {r.Period}".TrimEnd(), r.DueDate, CitizenPaths.Detail(r.Id),
            $"Zbývá zaplatit {CzechFormat.Money(r.Outstanding)}."))];
    }
}
