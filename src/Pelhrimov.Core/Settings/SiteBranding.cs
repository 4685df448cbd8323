namespace Pelhrimov.Core.Settings;

/// <summary>The town's emblem and colours (ADR 0052): set up by the recipe's <c>Site</c> step, the palette changeable in the admin.</summary>
/// <remarks>
/// The emblem is kept in the database, not on a node's disk: it is small (at most <see cref="SiteEmblem.MaxBytes"/>)
/// and every node of a cluster serves it the same way.
/// </remarks>
public sealed record SiteBranding
{
    /// <summary>The name of one of <see cref="SitePalettes.All"/>.</summary>
    public string Palette { get; init; } = SitePalettes.Default.Name;

    /// <summary><c>image/svg+xml</c> or <c>image/png</c>; null while the theme's own emblem is shown.</summary>
    public string? EmblemContentType { get; init; }

    public string? EmblemBase64 { get; init; }

    /// <summary>A hash of the emblem, part of its address so that browsers may keep it for a year.</summary>
    public string? EmblemVersion { get; init; }

    public bool HasEmblem => EmblemBase64 is { Length: > 0 } && EmblemContentType is not null && EmblemVersion is not null;
}

/// <summary>A colour scheme of the public theme. Each one has the same contrast ratios as the default on every step of its scale.</summary>
public sealed record SitePalette(string Name, string Label, string ThemeColor);

public static class SitePalettes
{
    public static readonly SitePalette Default = new("modra", "Modrá", "#1a3d7c");

    public static readonly IReadOnlyList<SitePalette> All =
    [
        Default,
        new("zelena", "Zelená", "#0f4a23"),
        new("vinova", "Vínová", "#7a192a"),
    ];

    public static SitePalette? Find(string? name) => All.FirstOrDefault(p => p.Name == name);

    public static SitePalette FindOrDefault(string? name) => Find(name) ?? Default;
}
