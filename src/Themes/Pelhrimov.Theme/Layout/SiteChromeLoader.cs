using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pelhrimov.Core.Hosting;
using Pelhrimov.Core.Navigation;
using Pelhrimov.Core.Settings;

namespace Pelhrimov.Theme.Layout;

/// <summary>Loads the <see cref="SiteChrome"/> for the public layout.</summary>
/// <remarks>
/// The menus come from the first <see cref="ISiteMenuSource"/>, so the theme works without the Content module.
/// When storage fails the defaults are shown instead: the error page uses this layout too and must still render.
/// </remarks>
public sealed class SiteChromeLoader(SiteSettingsStore settingsStore, IEnumerable<ISiteMenuSource> menuSources, ILogger<SiteChromeLoader> logger)
{
    public const string MainMenu = "main";
    public const string FooterMenu = "footer";

    public async Task<SiteChrome> LoadAsync(CancellationToken cancellationToken = default)
    {
        var settings = await TryAsync(() => settingsStore.GetAsync<SiteSettings>(cancellationToken), new SiteSettings(), cancellationToken);
        var branding = await TryAsync(() => settingsStore.GetAsync<SiteBranding>(cancellationToken), new SiteBranding(), cancellationToken);
        var source = menuSources.FirstOrDefault();
        if (source is null)
        {
            return new SiteChrome(settings, branding, [], []);
        }
        var main = await TryAsync(() => source.GetMenuAsync(MainMenu, cancellationToken), [], cancellationToken);
        var footer = await TryAsync(() => source.GetMenuAsync(FooterMenu, cancellationToken), [], cancellationToken);
        return new SiteChrome(settings, branding, main, footer);
    }

    private async Task<T> TryAsync<T>(Func<Task<T>> load, T fallback, CancellationToken cancellationToken)
    {
        try
        {
            return await load();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The public layout could not load {Part}; showing defaults.", typeof(T).Name);
            return fallback;
        }
    }
}

/// <summary>Loads the layout's settings and menus while the site starts, so that the first page does not compile their queries.</summary>
internal sealed class SiteChromeWarmUp : IWarmUp
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SiteChromeLoader>().LoadAsync(cancellationToken);
}
