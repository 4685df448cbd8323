using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Theme.Layout;

/// <summary>What the public layout shows around every page: the town's details and its menus.</summary>
public sealed record SiteChrome(SiteSettings Settings, IReadOnlyList<MenuLink> MainMenu, IReadOnlyList<MenuLink> FooterMenu);
