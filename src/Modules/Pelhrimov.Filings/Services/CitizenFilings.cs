using Pelhrimov.Core.BackOffice;
using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Filings.Domain;

namespace Pelhrimov.Filings.Services;

/// <summary>A citizen's filings: the person ids linked to the account (<see cref="IPersonLinks"/>), then the connector.</summary>
public sealed class CitizenFilings(IPersonLinks links)
{
    public Task<IReadOnlyList<string>> PersonIdsAsync(Guid accountId, CancellationToken cancellationToken) =>
        links.PersonIdsOfAsync(accountId, cancellationToken);

    /// <summary>The list page's order: what the office waits for first, then open filings, then closed ones; newest first in each.</summary>
    public static IReadOnlyList<FilingSummary> InPageOrder(IEnumerable<FilingSummary> filings) =>
        [.. filings.OrderBy(f => f.Status == FilingStatus.AwaitingCompletion ? 0 : f.Status.IsClosed() ? 2 : 1)
            .ThenByDescending(f => f.SubmittedUtc)];
}

/// <summary>The card "Moje podání" on <c>/muj-portal</c>: filings in progress, those waiting for the citizen highlighted.</summary>
public sealed class MyFilingsSection(CitizenFilings citizenFilings, IFilingsConnector connector) : ICitizenAreaSection
{
    public const string Title = "Moje podání";

    private static readonly CzechPlural Filing = new("podání", "podání", "podání");

    public async Task<CitizenAreaCard?> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        if (!viewer.IsIdentified)
        {
            return null;
        }
        var personIds = await citizenFilings.PersonIdsAsync(viewer.AccountId, cancellationToken);
        var result = await connector.ListAsync(personIds, cancellationToken);
        if (!result.IsAvailable)
        {
            return new CitizenAreaCard(Title, "/muj-portal/podani", BackOfficeNotice.Unavailable(BackOfficeNotice.RecordsSystem), Order: 20);
        }
        var filings = result.Value;
        var open = filings.Count(f => !f.Status.IsClosed());
        var waiting = filings.Count(f => f.Status == FilingStatus.AwaitingCompletion);
        var summary = (personIds.Count, filings.Count, open, waiting) switch
        {
            (0, _, _, _) => "Váš účet zatím není propojený s evidencí úřadu, podání proto nevidíme.",
            (_, 0, _, _) => "Zatím u nás nemáte žádné podání.",
            (_, _, _, > 0) => $"Úřad čeká na vaše doplnění: {Filing.Count(waiting)}. Rozpracováno celkem {CzechFormat.Number(open)}.",
            (_, _, 0, _) => "Všechna vaše podání jsou vyřízená.",
            _ => $"Rozpracováno: {Filing.Count(open)}.",
        };
        if (BackOfficeNotice.For(result, BackOfficeNotice.RecordsSystem) is { } notice)
        {
            summary = notice + " " + summary;
        }
        return new CitizenAreaCard(Title, "/muj-portal/podani", summary, Count: open, Order: 20);
    }
}
