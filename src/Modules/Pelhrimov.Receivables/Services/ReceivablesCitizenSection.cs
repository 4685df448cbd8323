using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Receivables.Domain;

namespace Pelhrimov.Receivables.Services;

/// <summary>
/// The "K zaplacení" card of <c>/muj-portal</c>: how many receivables are outstanding, how much, how many overdue. Shown to
/// identified citizens linked to a back-office person; for anyone else the town's finance system knows nothing to show.
/// </summary>
public sealed class ReceivablesCitizenSection(CitizenReceivables receivables) : ICitizenAreaSection
{
    public async Task<CitizenAreaCard?> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        if (!viewer.IsIdentified || (await receivables.PersonIdsAsync(viewer.AccountId, cancellationToken)).Count == 0)
        {
            return null;
        }
        var today = receivables.Today;
        var result = await receivables.ListAsync(viewer.AccountId, cancellationToken);
        if (!result.IsAvailable)
        {
            return new CitizenAreaCard("K zaplacení", CitizenPaths.List, BackOfficeNotice.Unavailable(BackOfficeNotice.FinanceSystem), Order: 10);
        }
        var outstanding = result.Value.Where(r => r.StatusOn(today).IsOutstanding()).ToList();
        var overdue = outstanding.Count(r => r.StatusOn(today) == ReceivableStatus.Overdue);
        var summary = outstanding.Count == 0
            ? "Nemáte nic k zaplacení."
            : $"Celkem {CzechFormat.Money(outstanding.Sum(r => r.Outstanding))}"
              + (overdue > 0 ? $". Po splatnosti: {CzechFormat.Number(overdue)} – zaplaťte co nejdřív." : ".");
        if (BackOfficeNotice.For(result, BackOfficeNotice.FinanceSystem) is { } notice)
        {
            summary = notice + " " + summary;
        }
        return new CitizenAreaCard("K zaplacení", CitizenPaths.List, summary, outstanding.Count, Order: 10);
    }
}

/// <summary>The citizen pages' addresses.</summary>
public static class CitizenPaths
{
    public const string List = "/muj-portal/platby";

    public static string Detail(string id) => List + "/" + Uri.EscapeDataString(id);
}
