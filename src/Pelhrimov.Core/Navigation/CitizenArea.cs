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
/// The cards of <c>/muj-portal</c>, every section described at the same time, each in a DI scope of its own (so with its
/// own database contexts): a section that asks a slow back office over HTTP does not make the next one wait, and the
/// page takes as long as its slowest card rather than their sum (docs/back-office-connector.md).
/// </summary>
public sealed class CitizenAreaCards(IEnumerable<CitizenAreaSectionType> sections, IServiceScopeFactory scopes)
{
    /// <summary>The cards this citizen may see, ordered by <see cref="CitizenAreaCard.Order"/>, then title.</summary>
    public async Task<IReadOnlyList<CitizenAreaCard>> DescribeAsync(CitizenViewer viewer, CancellationToken cancellationToken)
    {
        var cards = await Task.WhenAll(sections.DistinctBy(s => s.Type).Select(s => DescribeOneAsync(s.Type, viewer, cancellationToken)));
        return [.. cards.OfType<CitizenAreaCard>().OrderBy(c => c.Order).ThenBy(c => c.Title, StringComparer.Ordinal)];
    }

    private async Task<CitizenAreaCard?> DescribeOneAsync(Type type, CitizenViewer viewer, CancellationToken cancellationToken)
    {
        // Off the caller's thread: a section whose I/O completes synchronously (SQLite) would otherwise run the others
        // only after it.
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        var section = (ICitizenAreaSection)scope.ServiceProvider.GetRequiredService(type);
        return await section.DescribeAsync(viewer, cancellationToken);
    }
}
