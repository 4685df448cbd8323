using Pelhrimov.Core.Formatting;
using Pelhrimov.Core.Navigation;

namespace Pelhrimov.Watchdog.Services;

/// <summary>The card "Hlídací pes" on <c>/muj-portal</c>: the nearest date, or an invitation to add one. For every signed-in citizen.</summary>
public sealed class WatchdogSection(WatchdogAgenda agenda) : ICitizenAreaSection
{
    public const string Title = "Hlídací pes";

    public async Task<CitizenAreaCard?> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        var today = agenda.Today;
        var coming = (await agenda.ListAsync(viewer, cancellationToken)).Where(i => i.Date >= today).ToList();
        var summary = coming.Count == 0
            ? "Pohlídáme vám termíny, na které nechcete zapomenout: platnost řidičského průkazu, STK, očkování psa."
            : $"Nejbližší: {coming[0].Title}, {CzechFormat.Date(coming[0].Date)} ({RelativeDays.From(today, coming[0].Date)}).";
        return new CitizenAreaCard(Title, WatchdogPaths.List, summary, coming.Count == 0 ? null : coming.Count, Order: 40);
    }
}
