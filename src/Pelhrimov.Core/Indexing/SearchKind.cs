using Microsoft.Extensions.DependencyInjection;

namespace Pelhrimov.Core.Indexing;

/// <summary>
/// A kind of searchable item as the search page shows it: its <see cref="SearchDocument.Kind"/>, its Czech name (plural,
/// for the facet), its value of the <c>druh</c> parameter and the name of one item of it (singular, shown with each
/// result). The module that owns the items registers it with <see cref="SearchKindRegistration.AddSearchKind"/>;
/// facets are listed by <see cref="Order"/>.
/// </summary>
public sealed record SearchKind(string Kind, string Name, string Slug, string ItemName, int Order = 100);

public static class SearchKindRegistration
{
    /// <summary>Makes a kind of item a facet of the search page (its documents come from an <see cref="ISearchDocumentSource"/>).</summary>
    public static IServiceCollection AddSearchKind(this IServiceCollection services, SearchKind kind) => services.AddSingleton(kind);
}
