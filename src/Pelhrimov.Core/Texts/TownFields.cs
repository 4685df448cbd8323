using Pelhrimov.Core.Settings;

namespace Pelhrimov.Core.Texts;

/// <summary>The fields every text template may use: the town's names and address from the site settings, so that no
/// text names the town itself.</summary>
public static class TownFields
{
    public const string OfficialName = "official_name";
    public const string OfficialNameGenitive = "official_name_genitive";
    public const string InTheTown = "in_the_town";
    public const string TownName = "town_name";
    public const string Address = "address";
    public const string Ico = "ico";

    public static IReadOnlyList<TemplateField> All { get; } =
    [
        new(OfficialName, "oficiální název obce (1. pád)"),
        new(OfficialNameGenitive, "oficiální název ve 2. pádě"),
        new(InTheTown, "kde: 6. pád s předložkou"),
        new(TownName, "název obce"),
        new(Address, "adresa úřadu"),
        new(Ico, "IČO"),
    ];

    public static Dictionary<string, string> From(SiteSettings site) => new(StringComparer.Ordinal)
    {
        [OfficialName] = site.OfficialName,
        [OfficialNameGenitive] = site.OfficialNameGenitive,
        [InTheTown] = site.InTheTown,
        [TownName] = site.TownName,
        [Address] = string.Join(", ", new[] { site.Street, $"{site.PostCode} {site.City}".Trim() }.Where(p => p.Length > 0)),
        [Ico] = site.Ico,
    };
}
