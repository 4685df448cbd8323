using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Navigation;

/// <summary>
/// A date the town knows for a citizen: a receivable's due date, a filing that waits for the citizen. The watchdog
/// (<c>/muj-portal/hlidaci-pes</c>) lists these beside the citizen's own events and puts them into the calendar feed.
/// </summary>
/// <param name="Uid">Stable across calls and unique across sources (<c>receivable-…</c>, <c>filing-…</c>): the feed's UID.</param>
/// <param name="Title">What the date is about, as the citizen sees it ("Splatnost: Poplatek za psa 2026").</param>
/// <param name="Url">The module's page about it (a local path).</param>
/// <param name="Note">One short sentence beside the title ("Zbývá zaplatit 1 500 Kč."), or null.</param>
public sealed record CitizenDeadline(string Uid, string Title, DateOnly Date, string Url, string? Note = null);

/// <summary>
/// A module's dated items for a citizen, mirroring <see cref="ICitizenAreaSection"/>: return none for a viewer who may
/// not see them (personal data from the town's systems needs <see cref="CitizenViewer.IsIdentified"/>) and none while
/// the module's back office does not answer (the watchdog is no place to explain outages; the module's own page is).
/// </summary>
public interface ICitizenDeadlineSource
{
    Task<IReadOnlyList<CitizenDeadline>> ListAsync(CitizenViewer viewer, CancellationToken cancellationToken);
}

public static class CitizenDeadlineRegistration
{
    public static IServiceCollection AddCitizenDeadlineSource<TSource>(this IServiceCollection services)
        where TSource : class, ICitizenDeadlineSource =>
        services.AddScoped<ICitizenDeadlineSource, TSource>();
}
