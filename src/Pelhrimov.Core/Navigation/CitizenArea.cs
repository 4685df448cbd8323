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
        where TSection : class, ICitizenAreaSection
    {
        services.AddScoped<TSection>();
        services.AddScoped<ICitizenAreaSection>(sp => sp.GetRequiredService<TSection>());
        services.AddSingleton(new CitizenAreaSectionType(typeof(TSection)));
        return services;
    }
}

/// <summary>A section registered with <see cref="CitizenAreaRegistration.AddCitizenAreaSection{TSection}"/>.</summary>
public sealed record CitizenAreaSectionType(Type Type);

/// <summary>
/// The cards of <c>/muj-portal</c>, described one after another, each section in a DI scope of its own (its own database
/// contexts, nothing tracked by one section seen by the next). Describing them at the same time was measured: with
/// HTTP connectors and a 40 ms back office it halved the live page (89 → 47 ms median) but gave the page a tail of
/// 300–560 ms when the back office was down and the circuits open (p95 9 → 310–410 ms, cause not found yet), so the
/// sections stay sequential (docs/benchmarks.md, "Back office over HTTP").
/// </summary>
public sealed class CitizenAreaCards(IEnumerable<CitizenAreaSectionType> sections, IServiceScopeFactory scopes)
{
    /// <summary>The cards this citizen may see, ordered by <see cref="CitizenAreaCard.Order"/>, then title.</summary>
    public async Task<IReadOnlyList<CitizenAreaCard>> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        var cards = new List<CitizenAreaCard?>();
        foreach (var section in sections.DistinctBy(s => s.Type))
        {
            cards.Add(await DescribeOneAsync(section.Type, viewer, cancellationToken));
        }
        return [.. cards.OfType<CitizenAreaCard>().OrderBy(c => c.Order).ThenBy(c => c.Title, StringComparer.Ordinal)];
    }

    private async Task<CitizenAreaCard?> DescribeOneAsync(Type type, CitizenViewer viewer, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var section = (ICitizenAreaSection)scope.ServiceProvider.GetRequiredService(type);
        return await section.DescribeAsync(viewer, cancellationToken);
    }
}
