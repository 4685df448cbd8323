using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Theme.Layout;

/// <summary>What the public layout shows around every page: the town's details, emblem, colours and menus.</summary>
public sealed record SiteChrome(SiteSettings Settings, SiteBranding Branding, IReadOnlyList<MenuLink> MainMenu, IReadOnlyList<MenuLink> FooterMenu)
{
    public const string DefaultEmblem = "/_content/Pelhrimov.Theme/img/emblem.svg";

    public SitePalette Palette => SitePalettes.FindOrDefault(Branding.Palette);

    /// <summary>The town's emblem when the recipe gave one (<see cref="EmblemEndpoint"/>), else the theme's.</summary>
    public string EmblemUrl => Branding.HasEmblem ? EmblemEndpoint.Path + "?v=" + Branding.EmblemVersion : DefaultEmblem;

    public string EmblemContentType => Branding.HasEmblem ? Branding.EmblemContentType! : "image/svg+xml";
}
