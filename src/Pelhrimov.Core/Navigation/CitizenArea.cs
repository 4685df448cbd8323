using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Navigation;

/// <summary>The signed-in citizen a section of <c>/muj-portal</c> is described for.</summary>
/// <param name="AccountId">The citizen account (Citizens module); modules link their own records to it.</param>
/// <param name="IsIdentified">Signed in with eID at the level the town requires: personal data from the town's systems may be shown.</param>
public sealed record CitizenViewer(Guid AccountId, bool IsIdentified);

/// <summary>A card of the citizen area: a heading that links to the module's page, a count and one sentence.</summary>
/// <param name="Count">The number that matters ("2" to pay, "1" filing in progress); null when the card has none.</param>
public sealed record CitizenAreaCard(string Title, string Url, string Summary, int? Count = null, int Order = 100);

/// <summary>
/// A module's section of the citizen area <c>/muj-portal</c> ("K zaplacení", "Moje podání", "Připomínky"). Return null
/// when this citizen may not see it (for example personal data for a citizen who is not identified).
/// </summary>
public interface ICitizenAreaSection
{
    Task<CitizenAreaCard?> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken);
}

public static class CitizenAreaRegistration
{
    public static IServiceCollection AddCitizenAreaSection<TSection>(this IServiceCollection services)
        where TSection : class, ICitizenAreaSection =>
        services.AddScoped<ICitizenAreaSection, TSection>();
}

/// <summary>
/// The cards of <c>/muj-portal</c>, described one after another. Describing them at the same time (each in a scope of
/// its own) was measured: with HTTP connectors and a 40 ms back office it halved the live page (89 → 47 ms median) but
/// gave the page a tail of 300–560 ms when the back office was down and the circuits open (p95 9 → 310–410 ms, cause not
/// found yet), so the sections stay sequential (docs/benchmarks.md, "Back office over HTTP").
/// </summary>
public sealed class CitizenAreaCards(IEnumerable<ICitizenAreaSection> sections)
{
    /// <summary>The cards this citizen may see, ordered by <see cref="CitizenAreaCard.Order"/>, then title.</summary>
    public async Task<IReadOnlyList<CitizenAreaCard>> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        var cards = new List<CitizenAreaCard>();
        foreach (var section in sections)
        {
            if (await section.DescribeAsync(viewer, cancellationToken) is { } card)
            {
                cards.Add(card);
            }
        }
        return [.. cards.OrderBy(c => c.Order).ThenBy(c => c.Title, StringComparer.Ordinal)];
    }
}
