using Pelhrimov.Core.Navigation;
using Pelhrimov.Watchdog.Domain;

namespace Pelhrimov.Watchdog.Services;

/// <summary>One line of the watchdog: a citizen's own event (<see cref="EventId"/> set) or a date from the town.</summary>
/// <param name="Date">The next occurrence; for a single date that passed, that date.</param>
/// <param name="Uid">Stable: the calendar feed's UID.</param>
public sealed record AgendaItem(string Uid, DateOnly Date, string Title, string? Note, string? Url, Guid? EventId = null, int? DaysBefore = null,
    bool RepeatsYearly = false, DateOnly? FirstDate = null)
{
    public bool IsOwn => EventId is not null;
}

/// <summary>The citizen's own events and the town's dates (<see cref="ICitizenDeadlineSource"/>), next date first.</summary>
public sealed class WatchdogAgenda(OwnEvents own, IEnumerable<ICitizenDeadlineSource> sources)
{
    public DateOnly Today => own.Today;

    public async Task<IReadOnlyList<AgendaItem>> ListAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        var today = Today;
        var items = (await own.ListAsync(viewer.AccountId, cancellationToken))
            .Select(e => new AgendaItem("watchdog-" + e.Id.ToString("N"), Occurrences.Next(e.Date, e.RepeatsYearly, today), e.Title, null,
                null, e.Id, e.DaysBefore, e.RepeatsYearly, e.Date))
            .ToList();
        if (viewer.IsIdentified)
        {
            foreach (var source in sources)
            {
                items.AddRange((await source.ListAsync(viewer, cancellationToken))
                    .Select(d => new AgendaItem(d.Uid, d.Date, d.Title, d.Note, d.Url)));
            }
        }
        return InPageOrder(items, today);
    }

    /// <summary>Coming dates first, the nearest first; then dates that passed, the latest first.</summary>
    public static IReadOnlyList<AgendaItem> InPageOrder(IEnumerable<AgendaItem> items, DateOnly today) =>
        [.. items.OrderBy(i => i.Date < today).ThenBy(i => i.Date < today ? -i.Date.DayNumber : i.Date.DayNumber)
            .ThenBy(i => i.Title, StringComparer.Ordinal)];
}
