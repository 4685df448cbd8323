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
